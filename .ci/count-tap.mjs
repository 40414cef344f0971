// Reads raw TAP on stdin and prints the plain closing line CI reads: "N passed, N failed".
// Counts leaf assertions (todo and skip count as passed, as TAP says); a subtest that fails
// without a failing assertion of its own (a crash, a timeout) counts as one failure.
import { Parser } from 'tap-parser';

let passed = 0;
let failed = 0;

function watch(parser) {
  let childFailuresAtStart = null;
  parser.on('child', (child) => {
    childFailuresAtStart = failed;
    watch(child);
  });
  parser.on('assert', (result) => {
    if (childFailuresAtStart !== null) {
      // the summary line of the subtest that just ended
      if (!result.ok && failed === childFailuresAtStart) failed += 1;
      childFailuresAtStart = null;
      return;
    }
    if (result.ok || result.todo) passed += 1;
    else failed += 1;
  });
}

const root = new Parser();
watch(root);
root.on('complete', (summary) => {
  if (summary.bailout) failed += 1;
  console.log(`${passed} passed, ${failed} failed`);
});
process.stdin.pipe(root);
