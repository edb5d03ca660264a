/**
 * The message catalogues, one file per area of the console and language (`nl/player.json` …), so
 * each view keeps its own strings. Every file's top-level keys are its own: no two files share one
 * (test/unit/web-i18n.spec.ts), so merging them loses nothing.
 */
import enCommon from './en/common.json';
import enControl from './en/control.json';
import enEditor from './en/editor.json';
import enEvaluator from './en/evaluator.json';
import enIncidents from './en/incidents.json';
import enPlayer from './en/player.json';
import enStaff from './en/staff.json';
import nlCommon from './nl/common.json';
import nlControl from './nl/control.json';
import nlEditor from './nl/editor.json';
import nlEvaluator from './nl/evaluator.json';
import nlIncidents from './nl/incidents.json';
import nlPlayer from './nl/player.json';
import nlStaff from './nl/staff.json';

export const CATALOGUES = {
  nl: { ...nlCommon, ...nlControl, ...nlEditor, ...nlEvaluator, ...nlIncidents, ...nlPlayer, ...nlStaff },
  en: { ...enCommon, ...enControl, ...enEditor, ...enEvaluator, ...enIncidents, ...enPlayer, ...enStaff },
};
