// A person's name written beside a medical record number or a birth date: the identifier says whose record the line is
// about, so the name beside it is a patient's (issue 28, classes from the spent outside sets, round three). Structure,
// not a list of names: a name in title case, then a bracket, a comma or a table's cell border, then a record number's
// label and its number (`Jane Q. Roe (MRN-1234567)`, `Jane Roe, MRN 1234567`, `│ Jane Roe │ MRN-1234567 │`) or a birth
// date's label and a date (`Jane Roe, DOB: 04/11/1961`, `Jane Roe, born March 3, 1950`).
// Bounded quantifiers only: the work per position is bounded, so a scan is linear in the text.

/**
 * Two or three title-case words (any alphabet; a middle initial may sit between them; a surname may hold capitals,
 * an apostrophe or a hyphen: `McAllister`, `O'Brien`, `Smith-Jones`), spaces, a separator (`(`, `,`,
 * `|` or `│`), spaces, then a record number's label (`MRN`, `MR#`, `Medical Record`, `Med Rec`, with `#`/`No`) and a
 * number of 4 to 12 digits (an optional letter prefix), or a birth date's label (`DOB`, `date of birth`, `birthdate`,
 * `born`) and the start of a date (digits and a separator, or a month's name and a day). Group 1 is the name.
 */
const NAME_BESIDE_RECORD_NUMBER =
    /(?<![\p{L}\p{N}_.'-])(\p{Lu}\p{Ll}{1,20}(?:[ \t]\p{Lu}\.?)?(?:[ \t]\p{Lu}[\p{L}'-]{1,30}){1,2})[ \t]{0,24}[(,|│][ \t]{0,24}(?:(?:MRN|MR[ \t]?#|[Mm]ed(?:ical)?\.?[ \t]?[Rr]ec(?:ord)?\.?(?:[ \t]?(?:[Nn]umber|[Nn]o\.?|#))?)[ \t]{0,2}[:#-]?[ \t]{0,2}[A-Z]{0,3}-?\d{4,12}(?!\d)|(?:DOB|D\.O\.B\.?|[Dd]ate[ \t]of[ \t][Bb]irth|[Bb]irth[ \t]?[Dd]ate|[Bb]orn(?:[ \t]on)?)[ \t]{0,2}[:=]?[ \t]{0,2}(?:\d{1,4}[/.-]\d{1,2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]\d))/gu;

/** Words of labels and titles, not of names: `Patient Record (MRN …)`, `Study Subject, MRN …` name no one. */
const LABEL_WORD =
    /^(?:Patient|Patients|Medical|Record|Records|Hospital|Clinic|Number|Subject|Study|Case|Chart|Unit|Account|Member|Name|Names|Table|Column|Field|Row|Sample|Test|Example|The|Our|New|Old|See|Per)$/;

/** A cheap test before the pattern runs: a record number's or birth date's label somewhere in the text. */
const HINT = /MRN|MR ?#|med(?:ical)?\.? ?rec|D\.?O\.?B|birth|born/i;

/** Each name written beside a record number or a birth date: its index and text. */
export function namesBesideRecordNumber(text: string, fn: (index: number, name: string) => void): void {
    if (!HINT.test(text)) return;
    NAME_BESIDE_RECORD_NUMBER.lastIndex = 0;
    for (let m = NAME_BESIDE_RECORD_NUMBER.exec(text); m; m = NAME_BESIDE_RECORD_NUMBER.exec(text)) {
        const words = m[1].split(/[ \t]/);
        const label = words.findIndex((w) => LABEL_WORD.test(w));
        if (label < 0) fn(m.index, m[1]);
        // `Patient Jane Roe (MRN …)`: the name may start after the label word, so the scan goes on from the next word.
        else NAME_BESIDE_RECORD_NUMBER.lastIndex = m.index + words[0].length + 1;
    }
}
