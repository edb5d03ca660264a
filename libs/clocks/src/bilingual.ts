/** A text shown to players in Dutch and English. */
export interface Bilingual {
  nl: string;
  en: string;
}
