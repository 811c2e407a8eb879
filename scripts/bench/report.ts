/** Report: placeholder until the report builder lands (src/lib/report). */
export async function benchReport(): Promise<void> {
  await Promise.resolve();
  console.log('report: (the PDF builder is not in the tree yet)');
}
