// Says plainly which issue brings a script that is not meaningful yet, instead of pretending to work.
const [, , script, what] = process.argv;
console.error(`npm run ${script}: ${what} has not landed yet; see \`issues\`.`);
process.exit(1);
