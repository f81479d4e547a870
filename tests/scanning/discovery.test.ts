import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { compileGlobs } from "../../src/config/glob.js";
import { classify, discoverFiles } from "../../src/scanning/discovery.js";

let root: string;
let outside: string;

function put(rel: string, content = "x = 1\n") {
  const abs = join(root, rel);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "mfa-disc-"));
  outside = mkdtempSync(join(tmpdir(), "mfa-outside-"));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe("classify", () => {
  it("knows code, notebooks, manifests and artifacts, and ignores the rest", () => {
    expect(classify("train.py")).toBe("python");
    expect(classify("pkg/setup.py")).toBe("setup-py");
    expect(classify("nb/demo.ipynb")).toBe("notebook");
    expect(classify("requirements.txt")).toBe("requirements");
    expect(classify("requirements/dev.txt")).toBe("requirements");
    // pip-tools sources, and other names for pip's format (apple/coremltools keeps them in reqs/*.pip)
    expect(classify("requirements.in")).toBe("requirements");
    expect(classify("requirements/dev.in")).toBe("requirements");
    expect(classify("reqs/pytorch.pip")).toBe("requirements");
    expect(classify("reqs/base.txt")).toBe("requirements");
    expect(classify("requirements/pytorch/base.txt")).toBe("requirements");
    expect(classify("requirements/pytorch/loggers.info")).toBeUndefined();
    expect(classify("src/data/train.in")).toBeUndefined();
    expect(classify("pip.conf")).toBeUndefined();
    expect(classify("pyproject.toml")).toBe("pyproject");
    expect(classify("docker/Dockerfile.gpu")).toBe("dockerfile");
    expect(classify("models/classifier.tflite")).toBe("artifact");
    expect(classify("weights/best.pt")).toBe("artifact");
    expect(classify("README.md")).toBeUndefined();
    expect(classify("data/train.csv")).toBeUndefined();
    expect(classify("notes.txt")).toBeUndefined();
  });
});

describe("discoverFiles", () => {
  it("follows a link to a file whose name begins with two dots: it is inside the root", async () => {
    put("..data.py", "import torch\n");
    symlinkSync("..data.py", join(root, "link.py"));
    const { files, problems } = await discoverFiles(root);
    expect(files.map((f) => f.path)).toEqual(["..data.py", "link.py"]);
    expect(problems).toEqual([]);
  });

  it("prunes VCS, virtualenvs (by name and by pyvenv.cfg), caches and node_modules", async () => {
    put("train.py");
    put(".git/hooks/x.py");
    put(".venv/lib/python3.11/site-packages/torch/__init__.py");
    put("myenv/pyvenv.cfg", "home = /usr/bin\n");
    put("myenv/lib/python3.11/site-packages/tensorflow/__init__.py");
    put("pkg/__pycache__/mod.py");
    put("web/node_modules/@tensorflow/tfjs/package.json", "{}");
    put(".ipynb_checkpoints/demo-checkpoint.ipynb", "{}");
    put("src/model.py");
    const { files } = await discoverFiles(root);
    expect(files.map((f) => f.path)).toEqual(["src/model.py", "train.py"]);
  });

  it("honours the root .gitignore and the include/exclude globs", async () => {
    put(".gitignore", "generated/\n*.tmp.py\n");
    put("generated/big.py");
    put("a.tmp.py");
    put("src/keep.py");
    put("third_party/vendored/lib.py");
    put("research/exp.py");
    let { files } = await discoverFiles(root, { exclude: ["third_party/**"] });
    expect(files.map((f) => f.path)).toEqual(["research/exp.py", "src/keep.py"]);
    ({ files } = await discoverFiles(root, { include: ["src/**"] }));
    expect(files.map((f) => f.path)).toEqual(["src/keep.py"]);
    ({ files } = await discoverFiles(root, { exclude: ["research"] }));
    expect(files.map((f) => f.path)).toEqual(["src/keep.py", "third_party/vendored/lib.py"]);
    // A folder named by an include glob covers everything below it; exclude wins over include.
    ({ files } = await discoverFiles(root, { include: ["third_party/", "*.py"], exclude: ["**/exp.py", "vendored"] }));
    expect(files.map((f) => f.path)).toEqual(["src/keep.py"]);
    ({ files } = await discoverFiles(root, { include: ["third_party"], gitignore: false }));
    expect(files.map((f) => f.path)).toEqual(["third_party/vendored/lib.py"]);
  });

  it("answers .gitignore rules as git does, whether they only name files and folders or hold a path", async () => {
    const tree = ["a.tmp.py", "sub/b.tmp.py", "sub/keep.tmp.py", "gen1/x.py", "generated/z.py", "sub/gen2/y.py", "out/o.py", "sub/out.py", "x1.py", "notes/n.py", "keep.py", "deep/d.py", "build-out/keep.py", "build-out/a.py"];
    for (const p of tree) put(p);
    const paths = async () => (await discoverFiles(root)).files.map((f) => f.path);
    // Names only (matched by name at any depth): negations, folder-only rules, wildcards, comments, blanks.
    put(".gitignore", "*.tmp.py\n!keep.tmp.py\ngen*/\n!generated/\nout/\nx?.py\n# comment\n  \n");
    expect(await paths()).toEqual(["build-out/a.py", "build-out/keep.py", "deep/d.py", "generated/z.py", "keep.py", "notes/n.py", "sub/keep.tmp.py", "sub/out.py"]);
    // The same with rules anchored to a path.
    put(".gitignore", "*.tmp.py\n!keep.tmp.py\ngen*/\n!generated/\nout/\nx?.py\n/deep\nsub/*.py\n");
    expect(await paths()).toEqual(["build-out/a.py", "build-out/keep.py", "generated/z.py", "keep.py", "notes/n.py"]);
    // A file below an ignored folder cannot be re-included.
    put(".gitignore", "build-out/\n!build-out/keep.py\n!keep.py\n");
    expect(await paths()).not.toContain("build-out/keep.py");
    expect((await paths()).length).toBe(tree.length - 2);
    put(".gitignore", "# nothing but a comment\n\n");
    expect((await paths()).length).toBe(tree.length);
  });

  describe("in a git work tree, what git tracks is read whatever the .gitignore says", () => {
    const git = (cwd: string, ...args: string[]) =>
      execFileSync("git", args, { cwd, stdio: "pipe", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@e", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@e" } });
    const paths = async (at = root) => (await discoverFiles(at)).files.map((f) => f.path);
    /** A repository at the root with everything committed, `forced` added past the .gitignore. */
    const commitAll = (...forced: string[]) => {
      git(root, "init", "-q", "-b", "main");
      git(root, "add", "-A");
      git(root, "add", "-f", ...forced);
      git(root, "commit", "-qm", "tree");
    };

    /** DeepFaceLab's whitelist: `*` ignores every folder, so `!*.py` re-includes only the root's own files. */
    function whitelistRepo(): void {
      put(".gitignore", "*\n!*.py\n!*.txt\n!requirements*\n");
      put("main.py", "from core.leras import nn\n");
      put("core/leras/ops/__init__.py", "from tensorflow.python.ops import array_ops\n");
      put("core/leras/nn.py", "import numpy as np\n");
      put("requirements-cuda.txt", "tensorflow-gpu==2.4.0\n");
      commitAll("core");
    }

    it("reads tracked files in folders the .gitignore excludes, and only those", async () => {
      whitelistRepo();
      // Untracked files in the ignored folders stay unread, as git ignores them; an untracked file the rules
      // re-include at the root is read, as git would show it.
      put("core/leras/scratch.py", "import torch\n");
      put("logs/run.py", "import torch\n");
      put("notes.py", "import jax\n");
      expect(await paths()).toEqual(["core/leras/nn.py", "core/leras/ops/__init__.py", "main.py", "notes.py", "requirements-cuda.txt"]);
      // The same tree outside a repository: the .gitignore alone decides.
      rmSync(join(root, ".git"), { recursive: true, force: true });
      expect(await paths()).toEqual(["main.py", "notes.py", "requirements-cuda.txt"]);
    });

    it("reads a force-added file the rules ignore, from the repository's root or a folder below it", async () => {
      put(".gitignore", "models/\n*.tmp.py\n");
      put("train.py", "from models import net\n");
      put("models/__init__.py", "import torch\n");
      put("pkg/exp.tmp.py", "import torch\n");
      commitAll("models/__init__.py", "pkg/exp.tmp.py");
      put("models/best_loader.py", "import torch\n"); // untracked, under the ignored folder
      put("pkg/other.tmp.py", "import torch\n"); // untracked, ignored by name
      expect(await paths()).toEqual(["models/__init__.py", "pkg/exp.tmp.py", "train.py"]);
      // Audited from a folder inside the repository (its own .gitignore is the root one then), git's paths are
      // taken relative to that folder.
      put("pkg/.gitignore", "*.tmp.py\n");
      expect(await paths(join(root, "pkg"))).toEqual(["exp.tmp.py"]);
    });

    it("falls back to the .gitignore alone when git cannot answer", async () => {
      whitelistRepo();
      const path = process.env.PATH;
      process.env.PATH = join(outside, "no-git-here");
      try {
        expect(await paths()).toEqual(["main.py", "requirements-cuda.txt"]);
      } finally {
        process.env.PATH = path;
      }
    });
  });

  it("never follows a symlink out of the root, survives loops, and keeps links inside the root", async () => {
    writeFileSync(join(outside, "secret.py"), "import torch\n");
    mkdirSync(join(outside, "dir"));
    writeFileSync(join(outside, "dir", "x.py"), "import torch\n");
    put("real.py");
    symlinkSync(join(outside, "secret.py"), join(root, "leak.py"));
    symlinkSync(join(outside, "dir"), join(root, "leakdir"));
    symlinkSync(join(root, "real.py"), join(root, "alias.py"));
    mkdirSync(join(root, "loop"));
    symlinkSync(join(root, "loop"), join(root, "loop", "again"));
    symlinkSync(join(root, "missing.py"), join(root, "dangling.py"));
    const { files, problems } = await discoverFiles(root);
    expect(files.map((f) => f.path)).toEqual(["alias.py", "real.py"]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "skipped", path: "leak.py", message: expect.stringContaining("outside the scanned root") }),
        expect.objectContaining({ kind: "skipped", path: "dangling.py" }),
      ]),
    );
    expect(files.every((f) => !f.abs.startsWith(outside))).toBe(true);
  });

  it("keeps a weights file whose link cannot be followed by its path alone, never reading it", async () => {
    // speechbrain's test templates link checkpoints from a cache that is not in the repository
    mkdirSync(join(root, "source_pretrained"));
    symlinkSync(join(root, "cache", "asr.ckpt"), join(root, "source_pretrained", "asr.ckpt"));
    writeFileSync(join(outside, "model.tflite"), "TFL3");
    symlinkSync(join(outside, "model.tflite"), join(root, "model.tflite"));
    symlinkSync(join(root, "missing.py"), join(root, "dangling.py"));
    const { files, problems } = await discoverFiles(root);
    expect(files.map((f) => [f.path, f.kind, f.size])).toEqual([
      ["model.tflite", "artifact", 0],
      ["source_pretrained/asr.ckpt", "artifact", 0],
    ]);
    expect(problems.map((p) => p.path)).toEqual(["dangling.py"]);
  });

  it("skips files over the size cap with a problem, but notebooks have their own cap", async () => {
    put("big.py", "x = 1\n".repeat(1000));
    put("nb.ipynb", "{}" + " ".repeat(6000));
    const { files, problems } = await discoverFiles(root, { maxFileBytes: 1000, maxNotebookBytes: 10_000 });
    expect(files.map((f) => f.path)).toEqual(["nb.ipynb"]);
    expect(problems).toEqual([expect.objectContaining({ kind: "skipped", path: "big.py", message: expect.stringMatching(/over the .* limit/) })]);
  });

  it("keeps odd but legal file names verbatim", async () => {
    put("with space/ün icode.py");
    put("odd`name|<x>@y.py");
    const { files } = await discoverFiles(root);
    expect(files.map((f) => f.path).sort()).toEqual(["odd`name|<x>@y.py", "with space/ün icode.py"]);
  });
});

describe("compileGlobs", () => {
  it("matches folder globs, any-depth basenames and ** patterns", () => {
    const m = compileGlobs(["third_party/", "*.ipynb", "src/**/gen_*.py"]);
    expect(m("third_party/a/b.py")).toBe(true);
    expect(m("deep/nb/x.ipynb")).toBe(true);
    expect(m("src/a/b/gen_x.py")).toBe(true);
    expect(m("src/a/b/x.py")).toBe(false);
    expect(m("not_third_party/a.py")).toBe(false);
  });
});
