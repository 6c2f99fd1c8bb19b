/** STUB — owned by issue 6 (end-to-end suite). */
export async function run(): Promise<void> {}
