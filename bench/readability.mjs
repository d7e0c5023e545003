// Readability.js on Node, for the native benchmark (src/main.rs spawns it).
// Reads one JSON request a line on stdin: {"html", "warmup", "reps"}; for
// each, runs the whole job (linkedom parses the page, Readability extracts
// the article and serializes its content) `warmup` times untimed, then
// `reps` times timed, and answers one JSON line on stdout:
// {"ns": [time of each rep in nanoseconds], "ok": whether it found content}.
import { createInterface } from 'node:readline';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

function run(html) {
    const { document } = parseHTML(html);
    try {
        const article = new Readability(document).parse();
        return article !== null && article.content.length > 0;
    } catch {
        return false;
    }
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
    if (line.trim() === '') continue;
    const { html, warmup, reps } = JSON.parse(line);
    let ok = false;
    for (let i = 0; i < warmup; i++) ok = run(html);
    const ns = [];
    for (let i = 0; i < reps; i++) {
        const start = process.hrtime.bigint();
        ok = run(html);
        ns.push(Number(process.hrtime.bigint() - start));
    }
    process.stdout.write(JSON.stringify({ ns, ok }) + '\n');
}
