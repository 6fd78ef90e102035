// A whole course through the API with the generated types (api.d.ts): `tsc --noEmit` checks every body and answer
// against the document. Run it with any fetch (Node 18+, a browser): course("http://127.0.0.1:8000").
import type { components, paths } from "./api";

type Schemas = components["schemas"];
type LoginBody = paths["/api/auth/login"]["post"]["requestBody"]["content"]["application/json"];
type LoginAnswer = paths["/api/auth/login"]["post"]["responses"]["200"]["content"]["application/json"];
type Problem = Schemas["Problem"];

class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.status} ${problem.title}: ${problem.detail}`);
  }
}

async function call<T>(base: string, method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  const answer = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!answer.ok) throw new ApiError((await answer.json()) as Problem);
  return (await answer.json()) as T;
}

export async function course(base: string): Promise<string> {
  const credentials: LoginBody = { email: "instructor1@example.edu", password: "demo-password" };
  const staff = (await call<LoginAnswer>(base, "POST", "/api/auth/login", null, credentials)).access_token;

  const classBody: Schemas["ClassCreate"] = { code: "TS101", title: "Typed Programming", term: "Fall 2026" };
  const klass = await call<Schemas["ClassDetail"]>(base, "POST", "/api/classes", staff, classBody);
  const roster: Schemas["RosterImport"] = { rows: [{ email: "typed@example.edu", display_name: "Typed Student" }] };
  const imported = await call<Schemas["RosterResult"]>(base, "POST", `/api/classes/${klass.id}/roster`, staff, roster);
  const studentId: number | null | undefined = imported.items[0].user_id;

  const moduleBody: Schemas["ModuleCreate"] = { title: "Week 1" };
  const module = await call<Schemas["ModuleDetail"]>(base, "POST", `/api/classes/${klass.id}/modules`, staff, moduleBody);
  const assignmentBody: Schemas["AssignmentCreate"] = { title: "Functions", mode: "practice" };
  const item = await call<Schemas["AssignmentItem"]>(base, "POST", `/api/modules/${module.id}/assignments`, staff, assignmentBody);
  const test: Schemas["TestCaseCreate"] = { name: "small", kind: "call", input: "add(1, 2)", expected: "3" };
  const questionBody: Schemas["QuestionCreate"] = {
    slug: "typed-add",
    title: "Add",
    prompt: "Write add(a, b).",
    language: "python",
    reference_solution: "def add(a, b):\n    return a + b\n",
    default_points: 10,
    tests: [test],
  };
  const question = await call<Schemas["QuestionDetail"]>(base, "POST", "/api/questions", staff, questionBody);
  const attach: Schemas["AttachQuestion"] = { question_id: question.id };
  await call<Schemas["AssignmentDetail"]>(base, "POST", `/api/assignments/${item.id}/questions`, staff, attach);
  const publish: Schemas["Publish"] = { published: true };
  await call<unknown>(base, "POST", `/api/items/${item.id}/publish`, staff, publish);

  // the student signs in once the invitation is accepted; here the demo seed's student stands in
  const student = (await call<LoginAnswer>(base, "POST", "/api/auth/login", null, { ...credentials, email: "student1@example.edu" })).access_token;
  const code: Schemas["SubmitCode"] = { code: "def add(a, b):\n    return a + b\n" };
  const submitPath = `/api/assignments/${item.id}/questions/${question.id}/submissions`;
  const accepted = await call<Schemas["SubmissionAccepted"]>(base, "POST", submitPath, student, code);
  const result = await call<Schemas["SubmissionDetail"]>(base, "GET", `/api/submissions/${accepted.id}?wait=30`, student);
  const verdict: string | null | undefined = result.verdict;

  const change: Schemas["OverrideCreate"] = { score: 7.5, reason: "style" };
  await call<Schemas["OverrideView"]>(base, "POST", `/api/submissions/${accepted.id}/override`, staff, change);
  const book = await call<Schemas["Gradebook"]>(base, "GET", `/api/classes/${klass.id}/gradebook`, staff);
  const totals: number[] = book.rows.map((row) => row.total);
  const format: Schemas["ExportFormat"] = "canvas";
  const exported = await fetch(`${base}/api/classes/${klass.id}/gradebook/export?format=${format}`, {
    headers: { Authorization: `Bearer ${staff}` },
  });
  return `${studentId} ${verdict} ${totals.join(",")}\n${await exported.text()}`;
}
