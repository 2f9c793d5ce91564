// Every rule the audit runs, in the order their findings are listed: the document as a whole
// first, then tables 三, 四 and 二, then the narrative against them (FORMAT.md §4.1–4.5, §4.7).
// The cross-year rules of §4.6 declare `needs: ['previous']` and are skipped without that input.
import { agencyPublisher } from './agency-publisher';
import { formatVersion } from './format-version';
import { labelTypos } from './label-typos';
import { narrativeApplicants } from './narrative-applicants';
import { narrativeAppeals } from './narrative-appeals';
import { narrativeClosed } from './narrative-closed';
import { narrativeDecisions } from './narrative-decisions';
import { narrativeDocuments } from './narrative-documents';
import { narrativeFeeNotices } from './narrative-fee-notices';
import { narrativeFeeSection } from './narrative-fee-section';
import { narrativeGovernmentDuties } from './narrative-government-duties';
import { narrativeOutcomes } from './narrative-outcomes';
import { narrativeOverviewAreas } from './narrative-overview-areas';
import { narrativePercentages } from './narrative-percentages';
import { narrativeProblemsMeasures } from './narrative-problems-measures';
import { narrativeReceived } from './narrative-received';
import { publicationDeadline } from './publication-deadline';
import { sectionsPresent } from './sections-present';
import { statisticsPeriod } from './statistics-period';
import { subpartNumbering } from './subpart-numbering';
import { t2CellValues } from './t2-cell-values';
import { t2FeeUnit } from './t2-fee-unit';
import { t2InForce } from './t2-in-force';
import { t2PublishedTotal } from './t2-published-total';
import { t2RegulationsPower } from './t2-regulations-power';
import { t2Structure } from './t2-structure';
import { t3Balance } from './t3-balance';
import { t3CellValues } from './t3-cell-values';
import { t3NoRequests } from './t3-no-requests';
import { t3OutcomeSum } from './t3-outcome-sum';
import { t3RowSum } from './t3-row-sum';
import { t3Structure } from './t3-structure';
import { t4Balance } from './t4-balance';
import { t4CellValues } from './t4-cell-values';
import { t4Structure } from './t4-structure';
import { t4SuitsAfterReview } from './t4-suits-after-review';
import { tablesPresent } from './tables-present';
import { titleWording } from './title-wording';
import { yearConsistent } from './year-consistent';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  // The document: its year, format and parts (§4.5, §4.7).
  formatVersion, yearConsistent, statisticsPeriod, publicationDeadline, agencyPublisher,
  titleWording, sectionsPresent, tablesPresent, labelTypos, subpartNumbering,
  // Table 三 (§4.1).
  t3Balance, t3OutcomeSum, t3RowSum, t3CellValues, t3NoRequests, t3Structure,
  // Table 四 (§4.2).
  t4Balance, t4CellValues, t4SuitsAfterReview, t4Structure,
  // Table 二 (§4.3).
  t2CellValues, t2RegulationsPower, t2InForce, t2FeeUnit, t2PublishedTotal, t2Structure,
  // The narrative against the tables, and what it must say (§4.4).
  narrativeReceived, narrativeClosed, narrativeOutcomes, narrativePercentages, narrativeApplicants,
  narrativeAppeals, narrativeDocuments, narrativeDecisions, narrativeFeeSection, narrativeFeeNotices,
  narrativeGovernmentDuties, narrativeOverviewAreas, narrativeProblemsMeasures,
];
