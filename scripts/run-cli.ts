// Shared shell for the command-line scripts: runs `main`, prints an error as one clear line
// (no stack: messages say what to do) and sets the exit code.
export async function runCli(main: (args: string[]) => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`error: ${message}`);
    process.exitCode = 1;
  }
}
