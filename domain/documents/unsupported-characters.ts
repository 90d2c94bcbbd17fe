/** "𝄞 (U+1D11E), 😀 (U+1F600)" — readable in a warning even where the screen lacks the glyph too. */
export function describeCharacters(characters: readonly string[]): string {
  return characters.map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
}
