/** A file that cannot be read as a table at all; `message` is the Dutch reason shown to the user. */
export class UnreadableFileError extends Error {
	constructor(
		message: string,
		public line?: number
	) {
		super(message);
		this.name = 'UnreadableFileError';
	}
}
