import { newId } from '../model/common';
import type { Transfer } from '../model/transfer';
import type { ImportField } from './fields';
import { CellRecorder, SHORT_LIMIT, joined, type FieldCell } from './row-cells';
import { alignedLines, matchCountry, matchMechanism, meansNothing } from './value-match';

/** "USA", "US – Mailchimp (SCC)", "Vereinigte Staaten: DPF" */
function countryAndRest(line: string): { country: ReturnType<typeof matchCountry>; rest: string } {
  const whole = matchCountry(line);
  if (whole) return { country: whole, rest: '' };
  const split = /^(.+?)\s*(?::|–|—| - |,|\()\s*(.*?)\)?$/.exec(line);
  if (split) {
    const country = matchCountry(split[1]);
    if (country) return { country, rest: split[2].trim() };
  }
  return { country: undefined, rest: '' };
}

export function transfers(byField: Map<ImportField, FieldCell[]>, recorder: CellRecorder): Transfer[] {
  const countryCells = byField.get('thirdCountries') ?? [];
  const safeguardCells = byField.get('transferSafeguards') ?? [];
  const recipientCells = byField.get('transferRecipients') ?? [];
  const safeguardLines = alignedLines(joined(safeguardCells));
  const recipientLines = alignedLines(joined(recipientCells));
  const result: { transfer: Transfer; line: number }[] = [];
  let line = 0;
  for (const cell of countryCells) {
    const record = recorder.open(cell);
    for (const text of alignedLines(cell.text)) {
      const index = line++;
      if (!text || meansNothing(text)) continue;
      const { country, rest } = countryAndRest(text);
      if (!country) {
        record({ text, outcome: 'refused', reason: 'unknown_country' });
        continue;
      }
      if (country.status === 'eea') {
        record({ text, outcome: 'refused', reason: 'eea_country', result: country.label.de });
        continue;
      }
      record({ text, outcome: 'matched', result: `${country.label.de} (${country.code})` });
      const transfer: Transfer = {
        id: newId(),
        countryCode: country.code,
        internationalOrganisation: '',
        recipient: '',
        partyId: '',
        mechanism: 'none',
        sccModule: '',
        dpfCheckedOn: '',
        safeguardsDocumentation: '',
        tiaNote: '',
      };
      if (rest) {
        const mechanism = matchMechanism(rest);
        if (mechanism) transfer.mechanism = mechanism;
        else transfer.recipient = rest.slice(0, SHORT_LIMIT);
      }
      result.push({ transfer, line: index });
    }
  }
  const lineValue = (lines: string[], index: number) => (lines.length === 1 ? lines[0] : (lines[index] ?? ''));

  const safeguardRecord = safeguardCells.length ? recorder.open(safeguardCells[0]) : () => {};
  const recipientRecord = recipientCells.length ? recorder.open(recipientCells[0]) : () => {};
  for (const { transfer, line: index } of result) {
    const safeguard = lineValue(safeguardLines, index);
    if (safeguard) {
      const mechanism = matchMechanism(safeguard);
      if (mechanism) {
        transfer.mechanism = mechanism;
        safeguardRecord({ text: safeguard, outcome: 'matched', result: mechanism });
      } else {
        transfer.safeguardsDocumentation = safeguard;
        safeguardRecord({ text: safeguard, outcome: 'free_text', reason: 'unknown_mechanism' });
      }
    }
    const recipientText = lineValue(recipientLines, index);
    if (recipientText) {
      transfer.recipient = recipientText.slice(0, SHORT_LIMIT);
      recipientRecord({ text: recipientText, outcome: 'free_text' });
    }
  }
  return result.map((r) => r.transfer);
}
