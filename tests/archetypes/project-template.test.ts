/**
 * A cookiecutter project template, laid out as drivendataorg/cookiecutter-data-science is: the project to be
 * generated lives under `{{ cookiecutter.repo_name }}/`, and its files hold Jinja until they are rendered
 * (`name = {{ cookiecutter.module_name|tojson }}` in pyproject.toml, `{% if %}` around a requirement and an
 * import, a version placeholder, a Jinja comment). Traps: none of that is a parse error of the team's, the
 * requirements inside `{% if %}` still count, and a placeholder version is no pin.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/core/types.js";
import { auditRoot, describeFindings, feature, findingsOf, fixtureRoot, framework, lineOf, places } from "./helpers.js";

const ROOT = fixtureRoot("project-template");
const PROJECT = "{{ cookiecutter.repo_name }}";
const PYPROJECT = `${PROJECT}/pyproject.toml`;
const REQS = `${PROJECT}/requirements.txt`;
const TRAIN = `${PROJECT}/{{ cookiecutter.module_name }}/train.py`;
let report: Report;

beforeAll(async () => {
  report = await auditRoot(ROOT);
});

describe("project template: the template's files are read through their Jinja", () => {
  it("reports no parse error for template syntax", () => {
    expect(findingsOf(report, "MFA001"), describeFindings(report)).toEqual([]);
  });

  it("reads the pyproject.toml whose name is a placeholder, and a placeholder version is no pin", () => {
    expect(framework(report, "pytorch").declared).toEqual([
      expect.objectContaining({ path: PYPROJECT, line: lineOf(ROOT, PYPROJECT, '"torch>=2.2"'), name: "torch", specifier: ">=2.2" }),
      // torch=={{ cookiecutter.torch_version }}: chosen when the template is rendered
      expect.objectContaining({ path: REQS, line: lineOf(ROOT, REQS, "torch=="), name: "torch", specifier: "" }),
    ]);
    expect(JSON.stringify(report)).not.toContain("_____");
  });

  it("finds the code's imports and features, and nothing is missing from the manifests", () => {
    expect(places(framework(report, "pytorch").importWitnesses)).toContainEqual({ path: TRAIN, line: lineOf(ROOT, TRAIN, "import torch") });
    expect(places(feature(report, "torch.compile").witnesses)).toEqual([{ path: TRAIN, line: lineOf(ROOT, TRAIN, "torch.compile(") }]);
    // wandb is imported and declared inside `{% if %}` blocks, torchvision in the requirements file
    expect(findingsOf(report, "MFA101"), describeFindings(report)).toEqual([]);
    expect(findingsOf(report, "MFA102"), describeFindings(report)).toEqual([]);
  });
});
