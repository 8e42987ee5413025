"use client";
// The newsroom settings (/admin/settings): name for reports, conflict parties, caveat text and
// the templates of the publishable sentence per claim ("Textbausteine", with a live example).
// Validated with the server's schema; the version the admin edited goes along, so a save over
// someone else's change is refused (CONFLICT) and the input stays in the form.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { updateSettingsAction } from "@/app/admin/settings/actions";
import { PARTY_LABELS } from "@/lib/claims/labels";
import type { NewsroomSettings } from "@/lib/settings/newsroom";
import {
  MAX_CAVEAT_TEXT,
  newsroomSettingsSchema,
  SETTINGS_PARTIES,
  type NewsroomSettingsFormValues,
  type NewsroomSettingsValues,
} from "@/lib/settings/schemas";
import { markupRegister } from "@/components/forms/markup-defaults";
import { callAction } from "./action-call";
import { StatementTemplateFields, templateSituationOf, templateValuesOf } from "./StatementTemplateFields";
import styles from "./admin.module.css";

const FIELDS = ["newsroomName", "conflictParties", "caveatText"] as const;
type Field = (typeof FIELDS)[number];

export type EditableSettings = Pick<NewsroomSettings, "newsroomName" | "conflictParties" | "caveatText" | "version"> &
  Partial<Pick<NewsroomSettings, "statementTemplates">>;

function valuesOf(settings: EditableSettings): NewsroomSettingsFormValues {
  return {
    newsroomName: settings.newsroomName,
    conflictParties: [...settings.conflictParties],
    caveatText: settings.caveatText,
    statementTemplates: templateValuesOf(settings.statementTemplates ?? {}),
  };
}

/** The field a server message belongs to ("conflictParties.0" → "conflictParties"). */
function fieldOf(name: string): Field | null {
  const field = name.split(".")[0];
  return (FIELDS as readonly string[]).includes(field) ? (field as Field) : null;
}

export function SettingsForm({ settings }: { settings: EditableSettings }) {
  const router = useRouter();
  const [version, setVersion] = useState(settings.version);
  const [outcome, setOutcome] = useState<{ kind: "done" | "error"; message: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    getValues,
    control,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<NewsroomSettingsFormValues, unknown, NewsroomSettingsValues>({
    resolver: zodResolver(newsroomSettingsSchema),
    defaultValues: valuesOf(settings),
  });
  const field = markupRegister(register, getValues);

  // Unsaved input is not lost by leaving the page by accident.
  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [isDirty]);

  const onSubmit = handleSubmit(async () => {
    setOutcome(null);
    const result = await callAction(() => updateSettingsAction({ ...getValues(), version }));
    if (!result.ok) {
      for (const [name, message] of Object.entries(result.fieldErrors ?? {})) {
        const situation = templateSituationOf(name);
        if (situation) setError(`statementTemplates.${situation}`, { message });
        const field = fieldOf(name);
        if (field) setError(field, { message });
      }
      setOutcome({ kind: "error", message: result.message });
      return;
    }
    setVersion(result.data.version);
    reset(valuesOf(result.data));
    setOutcome({ kind: "done", message: "Einstellungen gespeichert. Sie gelten ab sofort für neue Einlesungen und Urteile." });
    router.refresh();
  });

  const fieldError = (name: Field) =>
    errors[name] ? (
      <span id={`settings-${name}-error`} className="error">
        {errors[name]?.message}
      </span>
    ) : null;
  const describedBy = (name: Field, help?: string) =>
    [help, errors[name] ? `settings-${name}-error` : undefined].filter(Boolean).join(" ") || undefined;

  return (
    <section className="panel" aria-labelledby="settings-form-heading">
      <h2 id="settings-form-heading">Einstellungen der Redaktion</h2>
      <div aria-live="polite">
        {outcome && (
          <div
            className={outcome.kind === "error" ? "alert error" : "alert info"}
            role={outcome.kind === "error" ? "alert" : "status"}
            data-testid="settings-outcome"
          >
            {outcome.message}
          </div>
        )}
      </div>
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="settings-newsroomName">Name der Redaktion</label>
          <input
            id="settings-newsroomName"
            type="text"
            aria-invalid={!!errors.newsroomName}
            aria-describedby={describedBy("newsroomName", "settings-newsroomName-help")}
            {...field.text("newsroomName")}
          />
          <span id="settings-newsroomName-help" className="muted">
            Erscheint in Berichten und Exporten.
          </span>
          {fieldError("newsroomName")}
        </div>
        <fieldset className="field" aria-describedby={describedBy("conflictParties", "settings-conflictParties-help")}>
          <legend>Konfliktparteien</legend>
          <div className={styles.inline}>
            {SETTINGS_PARTIES.map((party) => (
              <label key={party}>
                <input type="checkbox" {...field.choice("conflictParties", party)} /> {PARTY_LABELS[party]}
              </label>
            ))}
          </div>
          <span id="settings-conflictParties-help" className="muted">
            Nennt eine Behauptung eine dieser Parteien als Quelle, bekommt sie den Hinweis unten; „belegt“ braucht dann eine
            unabhängige Quelle. Mindestens eine Partei wählen.
          </span>
          {fieldError("conflictParties")}
        </fieldset>
        <div className="field">
          <label htmlFor="settings-caveatText">Text des Hinweises „Konfliktparteien als Quelle“</label>
          <textarea
            id="settings-caveatText"
            rows={3}
            maxLength={MAX_CAVEAT_TEXT}
            aria-invalid={!!errors.caveatText}
            aria-describedby={describedBy("caveatText")}
            {...field.text("caveatText")}
          />
          {fieldError("caveatText")}
        </div>
        <StatementTemplateFields control={control} field={field} errors={errors.statementTemplates} />
        <p className="muted" id="settings-scope-help">
          Gilt für neue Einlesungen und Urteile; bestehende Behauptungen behalten ihren Hinweis, bis die Attribution neu berechnet
          wird.
        </p>
        <button className="button" type="submit" disabled={isSubmitting} aria-describedby="settings-scope-help">
          Einstellungen speichern
        </button>
      </form>
    </section>
  );
}
