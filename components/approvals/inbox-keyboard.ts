"use client";
// Keys of the approver's inbox: j/k move the focus between claim cards, a approves the focused
// claim, r opens its return comment. Cards are found by data-inbox-claim / data-claim-id. Keys
// are ignored while typing in a text field (a checkbox is no typing).
import { useEffect, useRef } from "react";

export interface InboxKeyActions {
  approve: (claimId: string) => void;
  openReturn: (claimId: string) => void;
}

const NOT_TYPING_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset"]);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest("textarea, select, [contenteditable]")) return true;
  return target instanceof HTMLInputElement && !NOT_TYPING_INPUTS.has(target.type);
}

function cards(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>("[data-inbox-claim]"));
}

export function focusCard(card: HTMLElement | undefined | null): void {
  if (!card) return;
  card.focus();
  card.scrollIntoView({ block: "nearest" });
}

export function focusClaim(claimId: string): void {
  focusCard(cards().find((card) => card.dataset.claimId === claimId));
}

export function useInboxKeyboard(actions: InboxKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      const list = cards();
      const current = document.activeElement?.closest<HTMLElement>("[data-inbox-claim]") ?? null;
      const index = current ? list.indexOf(current) : -1;
      const claimId = current?.dataset.claimId;
      switch (event.key) {
        case "j":
          event.preventDefault();
          focusCard(list[index < 0 ? 0 : Math.min(index + 1, list.length - 1)]);
          break;
        case "k":
          event.preventDefault();
          focusCard(list[index < 0 ? 0 : Math.max(index - 1, 0)]);
          break;
        case "a":
          if (!claimId) return;
          event.preventDefault();
          latest.current.approve(claimId);
          break;
        case "r":
          if (!claimId) return;
          event.preventDefault();
          latest.current.openReturn(claimId);
          break;
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
