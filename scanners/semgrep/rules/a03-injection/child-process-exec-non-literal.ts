import * as cp from "child_process";
import { execSync } from "node:child_process";
const { exec } = require("child_process");
const execCmd = require("child_process").exec;
const { exec: run, spawn: launch } = require("child_process");
import { execSync as sh } from "child_process";
const regexExec = /a/.exec;
declare const re: RegExp, db: any;

export function run(req: any, file: string) {
  // ruleid: child-process-exec-non-literal
  cp.exec(`convert ${req.query.file} out.png`);
  // ruleid: child-process-exec-non-literal
  execSync("tar czf backup.tgz " + file);
  // ruleid: child-process-exec-non-literal
  exec(req.body.cmd, () => undefined);
  // ruleid: child-process-exec-non-literal
  cp.spawn(req.body.cmd, [], { shell: true });
  // ok: child-process-exec-non-literal
  cp.exec("ls -la /var/log");
  // ok: child-process-exec-non-literal
  cp.execFile("convert", [file, "out.png"]);
  // ok: child-process-exec-non-literal
  cp.spawn("convert", [file, "out.png"]);
  // ok: child-process-exec-non-literal
  re.exec(file);
  // ok: child-process-exec-non-literal
  db.exec(file);
  // ruleid: child-process-exec-non-literal
  execCmd("ping -c 2 " + req.body.address, () => undefined);
  // ruleid: child-process-exec-non-literal
  run(`ls ${file}`);
  // ruleid: child-process-exec-non-literal
  sh("rm -rf " + file);
  // ruleid: child-process-exec-non-literal
  launch(req.body.cmd, { shell: true });
  // ok: child-process-exec-non-literal
  launch("convert", [file]);
  // ok: child-process-exec-non-literal
  run("uptime");
  // ok: child-process-exec-non-literal
  regexExec.call(re, file);
}

// Command lines assembled through arrays and loops: still non-constant (the rule is not taint
// mode, any non-literal shell command is reported whatever the source).
export function listFiles(req: any) {
  const dirs: string[] = [];
  dirs.push("safe");
  dirs.push(req.params.user);
  const dir = dirs[1];
  // ruleid: child-process-exec-non-literal
  cp.exec("ls target/user_files/" + dir, () => undefined);
  let line = "";
  for (const d of dirs) line = line.concat(" ", d);
  // ruleid: child-process-exec-non-literal
  execSync("du -sh" + line);
  // ok: child-process-exec-non-literal
  cp.execFile("du", ["-sh", ...dirs]);
}
