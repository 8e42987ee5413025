"use client";
// The "Textbausteine" part of the settings form (/admin/settings): one textarea per situation
// with the placeholder help and a live example built by lib/reports/statement.ts as the admin types.
import { useWatch, type Control } from "react-hook-form";
import type { MarkupRegister } from "@/components/forms/markup-defaults";
import {
  buildStatement,
  EXAMPLE_CLAIMS,
  MAX_STATEMENT_TEMPLATE,
  STATEMENT_PLACEHOLDERS,
  STATEMENT_SITUATION_LABELS,
  STATEMENT_SITUATIONS,
  templateFor,
  templateProblem,
  type StatementSituation,
} from "@/lib/reports/statement";
import type { NewsroomSettingsFormValues } from "@/lib/settings/schemas";

/** The form's values: the template that applies today, so the admin edits the real wording. */
export function templateValuesOf(stored: Partial<Record<string, string>>): Record<StatementSituation, string> {
  return Object.fromEntries(STATEMENT_SITUATIONS.map((situation) => [situation, templateFor(stored, situation)])) as Record<
    StatementSituation,
    string
  >;
}

/** "statementTemplates.media" → "media". */
export function templateSituationOf(name: string): StatementSituation | null {
  const [group, situation] = name.split(".");
  return group === "statementTemplates" && (STATEMENT_SITUATIONS as readonly string[]).includes(situation)
    ? (situation as StatementSituation)
    : null;
}

/** The example sentence under a template, as it would read with the caveat text being edited. */
function LiveExample({ control, situation }: { control: Control<NewsroomSettingsFormValues>; situation: StatementSituation }) {
  const template = useWatch({ control, name: `statementTemplates.${situation}` }) ?? "";
  const caveatText = useWatch({ control, name: "caveatText" }) ?? "";
  const problem = templateProblem(template);
  const example = problem
    ? null
    : buildStatement(EXAMPLE_CLAIMS[situation], { templates: { [situation]: template }, caveatText }).text;
  return (
    <span id={`settings-template-${situation}-example`} className="muted" data-testid={`template-example-${situation}`}>
      Beispiel: {example ?? "– erst nach Korrektur der Vorlage –"}
    </span>
  );
}

export function StatementTemplateFields({
  control,
  field,
  errors,
}: {
  control: Control<NewsroomSettingsFormValues>;
  field: MarkupRegister<NewsroomSettingsFormValues>;
  errors: Partial<Record<StatementSituation, { message?: string }>> | undefined;
}) {
  return (
    <fieldset className="field" aria-describedby="settings-templates-help">
      <legend>Textbausteine (Satz zum Einfügen in den Artikel)</legend>
      <div id="settings-templates-help" className="muted">
        <p>
          Je Situation eine Vorlage. Platzhalter in geschweiften Klammern werden je Behauptung ersetzt; leer lassen heißt
          Standardvorlage.
        </p>
        <ul>
          {Object.entries(STATEMENT_PLACEHOLDERS).map(([name, help]) => (
            <li key={name}>
              <code>{`{${name}}`}</code> – {help}
            </li>
          ))}
        </ul>
      </div>
      {STATEMENT_SITUATIONS.map((situation) => {
        const id = `settings-template-${situation}`;
        const error = errors?.[situation]?.message;
        return (
          <div className="field" key={situation}>
            <label htmlFor={id}>{STATEMENT_SITUATION_LABELS[situation]}</label>
            <textarea
              id={id}
              rows={2}
              maxLength={MAX_STATEMENT_TEMPLATE}
              aria-invalid={!!error}
              aria-describedby={[`${id}-example`, error ? `${id}-error` : undefined].filter(Boolean).join(" ")}
              {...field.text(`statementTemplates.${situation}`)}
            />
            <LiveExample control={control} situation={situation} />
            {error && (
              <span id={`${id}-error`} className="error">
                {error}
              </span>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
