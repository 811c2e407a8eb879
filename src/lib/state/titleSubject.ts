import { cycleName, type TitleSubject } from '../domain/pageTitle';
import { stateName } from '../domain/states';
import { getAssessment } from '../storage/assessments';

/** See `loadTitleSubject` (state/pageTitle.ts), which loads this module on demand. */
export async function titleSubject(params: Record<string, string>): Promise<TitleSubject | null> {
  const id = params['id'];
  if (id) {
    const found = await getAssessment(id);
    if (!found.ok) return null;
    return { stateName: stateName(found.value.stateCode), cycle: cycleName(found.value) };
  }
  const code = params['code'];
  return code ? { stateName: stateName(code), cycle: '' } : null;
}
