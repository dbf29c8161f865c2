/** A short invented story for CLI tests, written for this project. */
export const STORY_MARKDOWN = `# Ferry capsizes off Kessel Point

Posted March 3, 2026

The coast guard said 18 passengers were rescued after the ferry capsized on Monday morning.

The regional governor told reporters that 9 people had died, a figure later revised to 14.

The ferry company denied that the vessel was overloaded. "We carried 120 passengers, well under the limit," its spokesperson said.
`
