"use client";
// The report builder's scope: article, publication dates, outlet, status, party, actor, the
// queue's free-text search and the claims picked in the queue; every given filter holds. Checked with the server's zod schema
// (react-hook-form), then shown as the /reports URL, so a preview can be bookmarked and the
// server renders it. Errors in German next to the field; the input stays.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { markupRegister } from "@/components/forms/markup-defaults";
import { CLAIM_STATUS_LABELS, PARTY_LABELS } from "@/lib/claims/labels";
import type { ClaimStatus, Party } from "@/lib/generated/prisma/enums";
import type { ScopeOptionLists } from "@/lib/reports/scope-options";
import {
  MAX_SCOPE_SEARCH_LENGTH,
  reportScopeSchema,
  scopeQuery,
  type ReportScopeInput,
  type ReportScopeRaw,
  type ScopeField,
  type ScopeFormValues,
} from "@/lib/reports/scope-input";

interface Props extends ScopeOptionLists {
  values: ScopeFormValues;
  /** Messages from the server's check of the URL (same schema), by field; "_form" for the whole. */
  serverErrors: Record<string, string>;
}

export function ReportScopeForm({ values, serverErrors, articles, outlets, actors }: Props) {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setValue,
    getValues,
    control,
    formState: { errors, isSubmitting },
  } = useForm<ReportScopeRaw, unknown, ReportScopeInput>({
    resolver: zodResolver(reportScopeSchema),
    defaultValues: values,
  });
  const field = markupRegister(register, getValues);
  const claims = useWatch({ control, name: "claims" });
  const claimCount = (Array.isArray(claims) ? claims : (claims ?? "").split(",")).filter(Boolean).length;

  // The text as entered goes into the URL; the server parses it with the same schema.
  const onSubmit = handleSubmit(() => {
    const query = scopeQuery(getValues());
    router.push(query ? `/reports?${query}` : "/reports");
  });

  const messageOf = (name: ScopeField | "_form") =>
    (errors as Record<string, { message?: string } | undefined>)[name]?.message ?? serverErrors[name];
  const fieldError = (name: ScopeField) => {
    const message = messageOf(name);
    return message ? (
      <span id={`scope-${name}-error`} className="error">
        {message}
      </span>
    ) : null;
  };
  const described = (name: ScopeField) =>
    messageOf(name) ? { "aria-invalid": true, "aria-describedby": `scope-${name}-error` } : {};
  const formError = messageOf("_form");

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Umfang des Berichts" className="panel">
      <p className="muted">Alle gewählten Angaben gelten zusammen. Leere Felder schränken nicht ein.</p>
      {formError && (
        <p className="alert error" role="alert">
          {formError}
        </p>
      )}
      <div
        className="report-scope-grid"
        style={{ display: "grid", gap: "0.75rem", gridTemplateColumns: "repeat(auto-fit, minmax(16rem, 1fr))" }}
      >
        <div className="field">
          <label htmlFor="scope-article">Artikel</label>
          <select id="scope-article" {...described("article")} {...field.text("article")}>
            <option value="">– alle Artikel –</option>
            {articles.map((article) => (
              <option key={article.id} value={article.id}>
                {article.title} ({article.outlet})
              </option>
            ))}
          </select>
          {fieldError("article")}
        </div>
        <div className="field">
          <label htmlFor="scope-from">Erschienen ab</label>
          <input id="scope-from" type="date" {...described("from")} {...field.text("from")} />
          {fieldError("from")}
        </div>
        <div className="field">
          <label htmlFor="scope-to">Erschienen bis</label>
          <input id="scope-to" type="date" {...described("to")} {...field.text("to")} />
          <span className="muted">
            Erscheinungsdatum des Artikels (Tage in deutscher Zeit); Artikel nur mit „Stand“ zählen nicht.
          </span>
          {fieldError("to")}
        </div>
        <div className="field">
          <label htmlFor="scope-outlet">Medium</label>
          <select id="scope-outlet" {...described("outlet")} {...field.text("outlet")}>
            <option value="">– alle Medien –</option>
            {outlets.map((outlet) => (
              <option key={outlet} value={outlet}>
                {outlet}
              </option>
            ))}
          </select>
          {fieldError("outlet")}
        </div>
        <div className="field">
          <label htmlFor="scope-status">Status</label>
          <select id="scope-status" {...described("status")} {...field.text("status")}>
            <option value="">– jeder Status –</option>
            {(Object.keys(CLAIM_STATUS_LABELS) as ClaimStatus[]).map((status) => (
              <option key={status} value={status}>
                {CLAIM_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
          {fieldError("status")}
        </div>
        <div className="field">
          <label htmlFor="scope-party">Partei</label>
          <select id="scope-party" {...described("party")} {...field.text("party")}>
            <option value="">– jede Partei –</option>
            {(Object.keys(PARTY_LABELS) as Party[]).map((party) => (
              <option key={party} value={party}>
                {PARTY_LABELS[party]}
              </option>
            ))}
          </select>
          {fieldError("party")}
        </div>
        <div className="field">
          <label htmlFor="scope-actor">Akteur</label>
          <select id="scope-actor" {...described("actor")} {...field.text("actor")}>
            <option value="">– jeder Akteur –</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
          {fieldError("actor")}
        </div>
        <div className="field">
          <label htmlFor="scope-q">Suche</label>
          <input id="scope-q" type="search" maxLength={MAX_SCOPE_SEARCH_LENGTH} {...described("q")} {...field.text("q")} />
          <span className="muted">Wie die Suche der Warteschlange: „Drohne“ findet „Drohnen“, „11000“ auch „11.000“.</span>
          {fieldError("q")}
        </div>
      </div>
      <input type="hidden" {...field.text("claims")} />
      {(claimCount > 0 || messageOf("claims")) && (
        <p data-testid="scope-claims">
          {claimCount === 1 ? "1 Behauptung" : `${claimCount} Behauptungen`} aus der Warteschlange ausgewählt.{" "}
          <button type="button" className="button secondary" onClick={() => setValue("claims", "")}>
            Auswahl entfernen
          </button>{" "}
          {fieldError("claims")}
        </p>
      )}
      <p>
        <button type="submit" className="button secondary" disabled={isSubmitting}>
          Vorschau anzeigen
        </button>{" "}
        <a href="/reports">Umfang zurücksetzen</a>
      </p>
    </form>
  );
}
