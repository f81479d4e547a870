import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTemplatePath } from "../../src/knowledge/layout.js";
import { holdsPlaceholder, renderTemplatePlaceholders } from "../../src/scanning/template.js";

describe("project templates", () => {
  it("recognises cookiecutter and copier paths by a Jinja placeholder in a name", () => {
    expect(isTemplatePath("{{ cookiecutter.repo_name }}/pyproject.toml")).toBe(true);
    expect(isTemplatePath("templates/cookiecutter-template-{{cookiecutter.modelname}}/modeling.py")).toBe(true);
    expect(isTemplatePath("src/{{_copier_conf.answers_file}}.jinja")).toBe(true);
    expect(isTemplatePath("src/model.py")).toBe(false);
    expect(isTemplatePath("odd}}name{{.py")).toBe(false);
  });

  it("writes a TOML value placeholder as a string, and one inside a string as a name", () => {
    const toml = 'name = {{ cookiecutter.module_name|tojson }}\nknown = ["{{ cookiecutter.module_name }}"]\n';
    const out = renderTemplatePlaceholders(toml, "pyproject");
    const value = "{{ cookiecutter.module_name|tojson }}";
    const inString = "{{ cookiecutter.module_name }}";
    expect(out.split("\n")[0]).toBe(`name = "${"_".repeat(value.length - 2)}"`);
    expect(out.split("\n")[1]).toBe(`known = ["${"_".repeat(inString.length)}"]`);
    // outside TOML a bare name fits: `import {{ m }}.config`, `torch=={{ v }}`
    expect(renderTemplatePlaceholders("from {{ m }}.config import X\n", "python")).toBe("from _______.config import X\n");
  });

  it("blanks Jinja statements and comments, keeping both branches of an if and every line", () => {
    const py = "import torch\n{% if cookiecutter.use_wandb == 'yes' %}\nimport wandb\n{% endif %}\nx = 1  {# note\nspanning #}\n";
    const out = renderTemplatePlaceholders(py, "python");
    const lines = py.split("\n");
    expect(out.split("\n")).toEqual(["import torch", " ".repeat(lines[1]!.length), "import wandb", " ".repeat(lines[3]!.length), " ".repeat(0) + "x = 1  " + " ".repeat("{# note".length), " ".repeat("spanning #}".length), ""]);
  });

  it("returns text without Jinja unchanged", () => {
    const s = "d = {'a': {1, 2}}\nprint(f'{x}')\n";
    expect(renderTemplatePlaceholders(s, "python")).toBe(s);
  });

  it("keeps the length and the line ends of any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("{", "}", "%", "#", "{{", "}}", "{%", "%}", "\n", "\r\n", "a", " ", '"', "'", "\\") }), fc.constantFrom("python", "pyproject", "requirements") as fc.Arbitrary<"python" | "pyproject" | "requirements">, (s, kind) => {
        const out = renderTemplatePlaceholders(s, kind);
        expect(out.length).toBe(s.length);
        expect(out.replace(/[^\r\n]/g, "")).toBe(s.replace(/[^\r\n]/g, ""));
      }),
    );
  });

  it("tells a placeholder version from a real one", () => {
    expect(holdsPlaceholder("==" + "_".repeat(30))).toBe(true);
    expect(holdsPlaceholder(">=2.1,<3")).toBe(false);
    expect(holdsPlaceholder("2.1.0-cuda12.1-cudnn8_runtime")).toBe(false);
  });
});
