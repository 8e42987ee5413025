// The server's markup of a react-hook-form form shows the values the form holds (see
// components/forms/markup-defaults.ts): without the helper, the HTML rendered on the server has
// empty fields and unchecked boxes until the browser has hydrated the page.
import { renderToString } from "react-dom/server";
import { useForm } from "react-hook-form";
import { isChosen, markupRegister, markupText } from "@/components/forms/markup-defaults";

interface Values {
  name: string;
  parties: string[];
  role: string;
  official: boolean;
  verdict: string;
}

const DEFAULTS: Values = { name: "Redaktion Ost", parties: ["KP", "RU"], role: "APPROVER", official: true, verdict: "DISPUTED" };

function Form({ withMarkup }: { withMarkup: boolean }) {
  const { register, getValues } = useForm<Values>({ defaultValues: DEFAULTS });
  const field = markupRegister(register, getValues);
  const text = withMarkup ? field.text : register;
  return (
    <form>
      <input type="text" {...text("name")} />
      {["UA", "RU", "KP"].map((party) => (
        <input
          key={party}
          type="checkbox"
          {...(withMarkup ? field.choice("parties", party) : { value: party, ...register("parties") })}
        />
      ))}
      <select {...text("role")}>
        <option value="EDITOR">Redaktion</option>
        <option value="APPROVER">Freigabe</option>
      </select>
      <input type="checkbox" {...(withMarkup ? field.check("official") : register("official"))} />
      {["VERIFIED", "DISPUTED"].map((verdict) => (
        <input
          key={verdict}
          type="radio"
          {...(withMarkup ? field.choice("verdict", verdict) : { value: verdict, ...register("verdict") })}
        />
      ))}
    </form>
  );
}

/** The one <input> tag of a type whose value (or, without a value, name) is `key`. */
function tagOf(html: string, type: string, key: string): string {
  const tags = (html.match(/<input [^>]*>/g) ?? []).filter(
    (tag) => tag.includes(`type="${type}"`) && (tag.includes(`value="${key}"`) || tag.includes(`name="${key}"`)),
  );
  expect(tags).toHaveLength(1);
  return tags[0];
}

describe("markupRegister", () => {
  test("the server's markup holds the form's values", () => {
    const html = renderToString(<Form withMarkup />);
    expect(html).toContain('value="Redaktion Ost"');
    expect(tagOf(html, "checkbox", "UA")).not.toContain("checked");
    expect(tagOf(html, "checkbox", "RU")).toContain('checked=""');
    expect(tagOf(html, "checkbox", "KP")).toContain('checked=""');
    expect(html).toContain('<option value="APPROVER" selected="">');
    expect(tagOf(html, "checkbox", "official")).toContain('checked=""');
    expect(tagOf(html, "radio", "DISPUTED")).toContain('checked=""');
    expect(tagOf(html, "radio", "VERIFIED")).not.toContain("checked");
  });

  test("plain register leaves them out (why the helper exists)", () => {
    const html = renderToString(<Form withMarkup={false} />);
    expect(html).not.toContain("Redaktion Ost");
    expect(html).not.toContain("checked");
    expect(html).not.toContain("selected");
  });
});

describe("markupText and isChosen", () => {
  test("values become the text a field shows", () => {
    expect(markupText(undefined)).toBe("");
    expect(markupText(null)).toBe("");
    expect(markupText(42)).toBe("42");
    expect(markupText(["a", "b"])).toBe("a,b");
  });

  test("an option is chosen when it is the value or one entry of a list", () => {
    expect(isChosen(["RU", "KP"], "KP")).toBe(true);
    expect(isChosen(["RU"], "KP")).toBe(false);
    expect(isChosen("DISPUTED", "DISPUTED")).toBe(true);
    expect(isChosen("", "DISPUTED")).toBe(false);
  });
});
