// The one table of the app: TanStack Table (sorting, a filter per column, one search box) with
// TanStack Virtual rows, so 10.000 schools or 100.000 afspraken scroll smoothly. Sticky header and
// totals row, Ctrl+F focuses the search, arrow keys move through rows, Enter opens a row.
// Two sources of rows: all rows in memory (sorted and filtered here), or a server source (prop
// `server`) that holds the rows itself and is asked for the visible range, the sorting, the
// filters and the (debounced) search, so only a window of a very large list ever reaches the page.
import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import {
  columnFilteringFeature,
  createFilteredRowModel,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnFiltersState,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import './componenten.css';
import { verborgenKolommen } from './kolomkeuze';

export interface Kolom<T> {
  id: string;
  kop: string;
  /** The plain value used to sort, filter and search (null sorts last). */
  waarde: (rij: T) => string | number | null;
  /** What the cell shows; default the value. */
  toon?: (rij: T) => ReactNode;
  /** Minimum width in px (the column grows with the table). */
  breedte?: number;
  /** Share of the remaining width; default 1. */
  groei?: number;
  rechts?: boolean;
  /** 'tekst': contains; 'keuze': a select of the values present; false: no filter. */
  filter?: 'tekst' | 'keuze' | false;
  /** Label of a value in the keuze filter. */
  keuzeLabel?: (waarde: string) => string;
  /** The totals row, over the rows that pass the filters. */
  totaal?: (rijen: T[]) => ReactNode;
  sorteerbaar?: boolean;
  /** May give way when the table is too narrow (lowest first); the user can bring it back under "Kolommen". */
  wijkt?: number;
}

/** What a server source is asked: the table's sorting, filters and search. */
export interface TabelVraag {
  /** Column id and direction, or null for the source's own order. */
  sortering: { kolom: string; af: boolean } | null;
  /** Column id → the chosen value (keuze) or the typed text in lower case (tekst). */
  filters: Record<string, string>;
  /** The search text in lower case, after the user paused typing. */
  zoek: string;
}

/** Rows that live elsewhere (the API): the table shows what it gets and says what it needs. */
export interface ServerBron<T> {
  /** Rows that match the current question. */
  aantal: number;
  /** Rows without any filter or search: the "van 100.000" and, at 0, the empty state. */
  aantalOngefilterd: number;
  /** The row at an index, or undefined while its window loads. */
  rij(index: number): T | undefined;
  /** The indexes on screen (inclusive) changed. */
  toon(van: number, tot: number): void;
  /** The sorting, a filter or the search changed. */
  vraag(v: TabelVraag): void;
  /** The sorting of the rows on screen: aria-sort and the arrows follow the data, not the click. */
  getoond: TabelVraag['sortering'];
  /** The totals row by column id, over every matching row. */
  totalen?: Record<string, ReactNode>;
  /** The options of keuze filters by column id (every value, not only those loaded). */
  keuzes?: Record<string, { waarde: string; label: string }[]>;
}

export interface DataTabelProps<T> {
  /** Accessible name of the table, e.g. "Scholen". */
  naam: string;
  rijen: readonly T[];
  kolommen: readonly Kolom<T>[];
  rijSleutel: (rij: T) => string | number;
  onOpen?: (rij: T) => void;
  /** Shown instead of the table when there are no rows at all. */
  leeg?: ReactNode;
  /** Singular and plural for the count: ['school', 'scholen']. */
  telwoord?: [string, string];
  beginSortering?: SortingState;
  laden?: boolean;
  /** Extra controls next to the search box. */
  werkbalk?: ReactNode;
  /** Height of the scroll area in px; default fills most of the window. */
  hoogte?: number;
  /** Label of the totals row's first cell. */
  totaalLabel?: string;
  /** Rows from a server source instead of `rijen` (pass `rijen={[]}`). */
  server?: ServerBron<T>;
  /** Rows can be chosen with a checkbox (in-memory rows only): the keys (rijSleutel) chosen. */
  selectie?: RijSelectie<T>;
}

/**
 * Choosing rows for one action on all of them (e.g. one wijk for many schools). A checkbox per row
 * and one in the header for every row that passes the search and filters; Space on a row toggles it.
 */
export interface RijSelectie<T> {
  gekozen: ReadonlySet<string>;
  onWijzig(gekozen: Set<string>): void;
  /** The row's name for the checkbox's label: "Kies {label}". */
  label: (rij: T) => string;
}

const RIJ_HOOGTE = 40;
/** Width of the checkbox column when rows can be chosen. */
const KIES_BREEDTE = 44;
const GEEN_RIJEN: never[] = [];

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/**
 * A sort key that orders like the Dutch collator for what tables hold (case and accents ignored,
 * numbers by value: "School 2" before "School 10"), but compares with a plain `<`: sorting
 * 100.000 rows with Intl.Collator takes seconds, with these keys a fraction of that.
 */
const sleutels = new Map<string, string>();
function sorteersleutel(v: string): string {
  let k = sleutels.get(v);
  if (k === undefined) {
    k = v
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLocaleLowerCase('nl')
      .replace(/\d+/g, (d) => d.padStart(15, '0'));
    if (sleutels.size > 500_000) sleutels.clear();
    sleutels.set(v, k);
  }
  return k;
}

function vergelijk(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const ka = sorteersleutel(String(a));
  const kb = sorteersleutel(String(b));
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
});

/** Lower-case text of a value, for search and text filters. */
function tekst(v: unknown): string {
  return v === null || v === undefined ? '' : String(v).toLocaleLowerCase('nl');
}

export function DataTabel<T>(props: DataTabelProps<T>) {
  const { naam, kolommen, rijSleutel, onOpen, leeg, telwoord = ['rij', 'rijen'], laden, werkbalk, totaalLabel = 'Totaal', server } = props;
  const selectie = server ? undefined : props.selectie;
  const rijen = server ? (GEEN_RIJEN as readonly T[]) : props.rijen;
  const [sorting, setSorting] = useState<SortingState>(props.beginSortering ?? []);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [zoekInvoer, setZoekInvoer] = useState('');
  const [globalFilter, setGlobalFilter] = useState('');
  const containerRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const zoekRef = useRef<HTMLInputElement>(null);
  const kopRef = useRef<HTMLDivElement>(null);
  const [actief, setActief] = useState(0);
  const [kolomKeuze, setKolomKeuze] = useState<Record<string, boolean>>(() => leesKolomKeuze(naam));
  const [beschikbaar, setBeschikbaar] = useState<number | null>(null);
  // Bumped to ask for the focus on the active row after the next render (it may not exist yet).
  const [focusVerzoek, setFocusVerzoek] = useState(0);

  // Debounce: a search over 100.000 rows runs once the user pauses, not on every keystroke.
  useEffect(() => {
    const t = window.setTimeout(() => setGlobalFilter(tekst(zoekInvoer.trim())), 200);
    return () => window.clearTimeout(t);
  }, [zoekInvoer]);

  // The search runs on one lower-case text per row, built once per data set: searching 100.000
  // rows is then a plain `includes` per row instead of a filter call per cell.
  const zoekteksten = useMemo(() => rijen.map((r) => kolommen.map((k) => tekst(k.waarde(r))).join('\u0001')), [rijen, kolommen]);
  const data = useMemo(
    () => (globalFilter ? rijen.filter((_, i) => zoekteksten[i].includes(globalFilter)) : (rijen as T[])),
    [rijen, zoekteksten, globalFilter],
  );
  const columns = useMemo(
    () =>
      kolommen.map((k) => ({
        id: k.id,
        header: k.kop,
        // undefined (not null) so sortUndefined puts empty values last in both directions.
        accessorFn: (rij: T) => k.waarde(rij) ?? undefined,
        enableSorting: k.sorteerbaar !== false,
        enableColumnFilter: k.filter !== false,
        sortUndefined: 'last' as const,
        sortDescFirst: false,
        sortFn: (a: { getValue: (id: string) => unknown }, b: { getValue: (id: string) => unknown }, id: string) => vergelijk(a.getValue(id), b.getValue(id)),
        filterFn:
          k.filter === 'keuze'
            ? (row: { getValue: (id: string) => unknown }, id: string, v: string) => String(row.getValue(id) ?? '') === v
            : (row: { getValue: (id: string) => unknown }, id: string, v: string) => tekst(row.getValue(id)).includes(v),
      })),
    [kolommen],
  );

  // A server source does its own sorting, filtering and searching: it hears of every change.
  const vraagServer = server?.vraag;
  const eersteVraag = useRef(true);
  useEffect(() => {
    if (!vraagServer) return;
    vraagServer({
      sortering: sorting[0] ? { kolom: sorting[0].id, af: sorting[0].desc } : null,
      filters: Object.fromEntries(columnFilters.map((f) => [f.id, String(f.value)])),
      zoek: globalFilter,
    });
    // Other rows answer a new question: start at the top of them.
    if (!eersteVraag.current) virtualizer.scrollToOffset(0);
    eersteVraag.current = false;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- virtualizer is a new object every render; only a new question should scroll
  }, [vraagServer, sorting, columnFilters, globalFilter]);

  const table = useTable({
    features,
    columns: columns as never,
    data,
    state: { sorting, columnFilters },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    getRowId: (rij: T) => String(rijSleutel(rij)),
    enableSortingRemoval: true,
  } as never) as unknown as TabelApi<T>;

  const rows = table.getRowModel().rows;
  const aantalRijen = server ? server.aantal : rows.length;
  const rijOp = (i: number): T | undefined => (server ? server.rij(i) : rows[i]?.original);
  const [kopHoogte, setKopHoogte] = useState(0);
  // The header is another element when the table is (no longer) empty: measure that one.
  const zonderRijen = server ? server.aantalOngefilterd === 0 : rijen.length === 0;
  useEffect(() => {
    const kop = kopRef.current;
    if (!kop) return;
    const meet = () => setKopHoogte(kop.offsetHeight);
    meet();
    const ro = new ResizeObserver(meet);
    ro.observe(kop);
    return () => ro.disconnect();
  }, [zonderRijen]);

  // The width the columns may take (without a vertical scrollbar), measured before the first paint.
  useLayoutEffect(() => {
    const vak = scrollRef.current;
    if (!vak) return;
    const meet = () => setBeschikbaar(vak.clientWidth);
    meet();
    const ro = new ResizeObserver(meet);
    ro.observe(vak);
    return () => ro.disconnect();
  }, [zonderRijen]);

  // The virtualiser lays out every row again (100.000 objects) whenever getItemKey changes: keep
  // it the same function as long as the rows are the same.
  const clientRijen = server ? null : rows;
  const itemSleutel = useCallback((i: number) => (clientRijen ? (clientRijen[i]?.id ?? i) : i), [clientRijen]);
  // eslint-disable-next-line react-hooks/incompatible-library -- only tells that React Compiler would skip this component; we do not use the compiler
  const virtualizer = useVirtualizer({
    count: aantalRijen,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => RIJ_HOOGTE,
    overscan: 12,
    scrollMargin: kopHoogte,
    getItemKey: itemSleutel,
    // Until the scroll area is measured, take it as high as the window: the first render already
    // has the rows on screen instead of waiting one more render for the measurement.
    initialRect: { width: 0, height: window.innerHeight },
  });
  const zichtbaar = virtualizer.getVirtualItems();
  const toonServer = server?.toon;
  const eerste = zichtbaar[0]?.index ?? 0;
  const laatste = zichtbaar[zichtbaar.length - 1]?.index ?? 0;
  useEffect(() => {
    toonServer?.(eerste, laatste);
  }, [toonServer, eerste, laatste]);

  // Ctrl+F focuses the search of the table the focus is in, else the first table on the page.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'f' || e.altKey) return;
      if (document.querySelector('dialog[open]')) return;
      const doel = (document.activeElement?.closest('.datatabel') as HTMLElement | null) ?? document.querySelector<HTMLElement>('.datatabel');
      if (doel !== containerRef.current) return;
      e.preventDefault();
      zoekRef.current?.focus();
      zoekRef.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (actief >= aantalRijen && aantalRijen > 0) setActief(aantalRijen - 1);
  }, [aantalRijen, actief]);

  useEffect(() => {
    if (focusVerzoek === 0) return;
    const zoek = () => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${actief}"]`);
    const rij = zoek();
    if (rij) rij.focus();
    // After a long jump the virtualiser renders the row one frame later.
    else requestAnimationFrame(() => zoek()?.focus());
  }, [focusVerzoek, actief]);

  const totaalRijen = useMemo(
    () => (!server && kolommen.some((k) => k.totaal) ? table.getFilteredRowModel().rows.map((r) => r.original) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- table is a new object every render; these are what its filtered rows depend on
    [kolommen, data, columnFilters],
  );

  const serverKeuzes = server?.keuzes;
  const keuzes = useMemo(() => {
    const uit: Record<string, { waarde: string; label: string }[]> = {};
    for (const k of kolommen) {
      if (k.filter !== 'keuze') continue;
      if (serverKeuzes) {
        uit[k.id] = serverKeuzes[k.id] ?? [];
        continue;
      }
      const set = new Set<string>();
      for (const r of rijen) {
        const v = k.waarde(r);
        if (v !== null && v !== '') set.add(String(v));
      }
      uit[k.id] = [...set].map((v) => ({ waarde: v, label: k.keuzeLabel?.(v) ?? v })).sort((a, b) => collator.compare(a.label, b.label));
    }
    return uit;
  }, [kolommen, rijen, serverKeuzes]);
  const heeftTotalen = server ? server.totalen !== undefined : kolommen.some((k) => k.totaal);

  const verborgen = verborgenKolommen(kolommen, beschikbaar, kolomKeuze, new Set(columnFilters.map((f) => f.id)), selectie ? KIES_BREEDTE : 0);
  const getoond = kolommen.filter((k) => !verborgen.has(k.id));
  const wijkbaar = kolommen.filter((k) => k.wijkt !== undefined);
  const kiesKolom = (id: string, zien: boolean) => {
    const nieuw = { ...kolomKeuze, [id]: zien };
    setKolomKeuze(nieuw);
    bewaarKolomKeuze(naam, nieuw);
  };
  const sjabloon = (selectie ? `${KIES_BREEDTE}px ` : '') + getoond.map((k) => `minmax(${k.breedte ?? 120}px, ${k.groei ?? 1}fr)`).join(' ');
  const minBreedte = getoond.reduce((s, k) => s + (k.breedte ?? 120), selectie ? KIES_BREEDTE : 0);
  // The header checkbox covers the rows that pass the search and the filters.
  const getoondeSleutels = selectie ? rows.map((r) => r.id) : [];
  const aantalGekozenGetoond = selectie ? getoondeSleutels.filter((k) => selectie.gekozen.has(k)).length : 0;
  const wissel = (sleutel: string) => {
    if (!selectie) return;
    const nieuw = new Set(selectie.gekozen);
    if (nieuw.has(sleutel)) nieuw.delete(sleutel);
    else nieuw.add(sleutel);
    selectie.onWijzig(nieuw);
  };
  const wisselAlle = () => {
    if (!selectie) return;
    const nieuw = new Set(selectie.gekozen);
    const alle = aantalGekozenGetoond === getoondeSleutels.length;
    for (const k of getoondeSleutels) {
      if (alle) nieuw.delete(k);
      else nieuw.add(k);
    }
    selectie.onWijzig(nieuw);
  };
  const gefilterd = globalFilter !== '' || columnFilters.length > 0;
  // A short list gets a box that fits it; a long one fills the window and scrolls.
  const passend = kopHoogte + Math.max(aantalRijen, 1) * RIJ_HOOGTE + (heeftTotalen ? 44 : 0) + 4;
  const hoogteStijl =
    kopHoogte === 0
      ? props.hoogte
        ? { height: props.hoogte }
        : undefined
      : props.hoogte
        ? { height: Math.min(props.hoogte, passend), minHeight: 0 }
        : aantalRijen <= 12
          ? { height: passend, minHeight: 0 }
          : undefined;

  if (!laden && zonderRijen && leeg) return <div className="datatabel datatabel--leeg">{leeg}</div>;

  const gaNaar = (index: number) => {
    const i = Math.max(0, Math.min(aantalRijen - 1, index));
    setActief(i);
    setFocusVerzoek((n) => n + 1);
    virtualizer.scrollToIndex(i, { align: 'auto' });
  };

  const onRijToets = (e: KeyboardEvent<HTMLDivElement>, index: number) => {
    const stap = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / RIJ_HOOGTE) - 2);
    const acties: Record<string, () => void> = {
      ArrowDown: () => gaNaar(index + 1),
      ArrowUp: () => gaNaar(index - 1),
      PageDown: () => gaNaar(index + stap),
      PageUp: () => gaNaar(index - stap),
      Home: () => gaNaar(0),
      End: () => gaNaar(aantalRijen - 1),
      Enter: () => {
        const rij = rijOp(index);
        if (rij !== undefined) onOpen?.(rij);
      },
      ...(selectie
        ? {
            ' ': () => {
              const rij = rijOp(index);
              if (rij !== undefined) wissel(String(rijSleutel(rij)));
            },
          }
        : {}),
    };
    if (e.target !== e.currentTarget || !acties[e.key]) return;
    e.preventDefault();
    acties[e.key]();
  };

  const aantalTekst = (n: number) => `${n.toLocaleString('nl-NL')} ${n === 1 ? telwoord[0] : telwoord[1]}`;

  return (
    <div className="datatabel" ref={containerRef}>
      <div className="datatabel__werkbalk">
        <div className="datatabel__zoek">
          <label htmlFor={`${naam}-zoek`} className="utrecht-form-label">
            Zoeken in {naam.toLocaleLowerCase('nl')}
          </label>
          <input
            id={`${naam}-zoek`}
            ref={zoekRef}
            type="search"
            className="utrecht-textbox utrecht-textbox--html-input"
            value={zoekInvoer}
            onChange={(e) => setZoekInvoer(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && zoekInvoer) {
                e.preventDefault();
                setZoekInvoer('');
              }
              if (e.key === 'ArrowDown' && aantalRijen) {
                e.preventDefault();
                gaNaar(0);
              }
            }}
            placeholder="Typ om te zoeken (Ctrl+F)"
            aria-describedby={`${naam}-telling`}
          />
        </div>
        <span id={`${naam}-telling`} className="datatabel__telling" role="status">
          {laden
            ? 'Laden…'
            : gefilterd
              ? `${aantalTekst(aantalRijen)} van ${(server ? server.aantalOngefilterd : rijen.length).toLocaleString('nl-NL')}`
              : aantalTekst(server ? server.aantal : rijen.length)}
        </span>
        {gefilterd && (
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle"
            onClick={() => {
              setZoekInvoer('');
              setGlobalFilter('');
              setColumnFilters([]);
            }}
          >
            Filters wissen
          </button>
        )}
        {wijkbaar.length > 0 && (
          <details className="kolomkiezer">
            <summary className="utrecht-button utrecht-button--subtle">Kolommen{verborgen.size ? ` (${verborgen.size} verborgen)` : ''}</summary>
            <fieldset className="kolomkiezer__lijst">
              <legend className="visueel-verborgen">Kolommen tonen</legend>
              {wijkbaar.map((k) => (
                <label key={k.id}>
                  <input type="checkbox" checked={!verborgen.has(k.id)} onChange={(e) => kiesKolom(k.id, e.target.checked)} /> {k.kop}
                </label>
              ))}
            </fieldset>
          </details>
        )}
        {werkbalk && <div className="datatabel__extra">{werkbalk}</div>}
      </div>
      <div className="datatabel__scroll" ref={scrollRef} style={hoogteStijl}>
        <div
          role="table"
          aria-label={naam}
          aria-rowcount={aantalRijen + 1 + (heeftTotalen ? 1 : 0)}
          className="datatabel__tabel"
          style={{ ['--kolommen' as string]: sjabloon, minWidth: minBreedte }}
        >
          <div role="rowgroup" className="datatabel__kop" ref={kopRef}>
            <div role="row" aria-rowindex={1} className="datatabel__rij">
              {selectie && (
                <div role="columnheader" className="datatabel__kopcel datatabel__kies">
                  <input
                    type="checkbox"
                    aria-label={`Alle getoonde ${telwoord[1]} kiezen`}
                    checked={getoondeSleutels.length > 0 && aantalGekozenGetoond === getoondeSleutels.length}
                    ref={(el) => {
                      if (el) el.indeterminate = aantalGekozenGetoond > 0 && aantalGekozenGetoond < getoondeSleutels.length;
                    }}
                    disabled={getoondeSleutels.length === 0}
                    onChange={wisselAlle}
                  />
                </div>
              )}
              {table.getHeaderGroups()[0].headers.map((header, i) => {
                const k = kolommen[i];
                if (verborgen.has(k.id)) return null;
                const serverSortering = server?.getoond;
                const sortering = server ? (serverSortering?.kolom === header.id ? (serverSortering.af ? 'desc' : 'asc') : false) : header.column.getIsSorted();
                const filterWaarde = (header.column.getFilterValue() as string | undefined) ?? '';
                return (
                  <div
                    key={header.id}
                    role="columnheader"
                    aria-sort={sortering === 'asc' ? 'ascending' : sortering === 'desc' ? 'descending' : k.sorteerbaar === false ? undefined : 'none'}
                    className={`datatabel__kopcel${k.rechts ? ' datatabel__cel--rechts' : ''}`}
                  >
                    {k.sorteerbaar === false ? (
                      <span className="datatabel__koptekst">{k.kop}</span>
                    ) : (
                      <button type="button" className="datatabel__sorteer" onClick={header.column.getToggleSortingHandler()}>
                        <span className="datatabel__koptekst">{k.kop}</span>
                        <span className="datatabel__pijl" aria-hidden="true">
                          {sortering === 'asc' ? '▲' : sortering === 'desc' ? '▼' : '⇅'}
                        </span>
                      </button>
                    )}
                    {k.filter === 'keuze' ? (
                      <select
                        className="utrecht-select utrecht-select--html-select datatabel__filter"
                        aria-label={`Filter op ${k.kop}`}
                        value={filterWaarde}
                        onChange={(e) => header.column.setFilterValue(e.target.value || undefined)}
                      >
                        <option value="">Alle</option>
                        {(keuzes[k.id] ?? []).map((v) => (
                          <option key={v.waarde} value={v.waarde}>
                            {v.label}
                          </option>
                        ))}
                      </select>
                    ) : k.filter !== false ? (
                      <KolomFilter kop={k.kop} waarde={filterWaarde} onWijzig={(v) => header.column.setFilterValue(v ? tekst(v) : undefined)} />
                    ) : null}
                  </div>
                );
              })}
            </div>
          </div>
          <div role="rowgroup" className="datatabel__romp" style={{ height: aantalRijen ? virtualizer.getTotalSize() : undefined }}>
            {aantalRijen === 0 && !laden && (
              <div role="row" className="datatabel__geen">
                <div role="cell">Geen {telwoord[1]} gevonden met deze zoekopdracht of filters.</div>
              </div>
            )}
            {zichtbaar.map((item) => {
              const rij = rijOp(item.index);
              if (rij === undefined && !server) return null;
              return (
                <div
                  key={item.key}
                  role="row"
                  aria-rowindex={item.index + 2}
                  aria-busy={rij === undefined || undefined}
                  data-gekozen={selectie && rij !== undefined && selectie.gekozen.has(String(rijSleutel(rij))) ? '' : undefined}
                  data-index={item.index}
                  tabIndex={item.index === actief ? 0 : -1}
                  className={`datatabel__rij datatabel__rij--data${onOpen ? ' datatabel__rij--klikbaar' : ''}${rij === undefined ? ' datatabel__rij--laden' : ''}`}
                  style={{ transform: `translateY(${item.start - kopHoogte}px)` }}
                  onClick={() => {
                    setActief(item.index);
                    if (rij !== undefined) onOpen?.(rij);
                  }}
                  onFocus={() => setActief(item.index)}
                  onKeyDown={(e) => onRijToets(e, item.index)}
                >
                  {selectie && rij !== undefined && (
                    <div role="cell" className="datatabel__cel datatabel__kies">
                      <input
                        type="checkbox"
                        aria-label={`Kies ${selectie.label(rij)}`}
                        tabIndex={item.index === actief ? 0 : -1}
                        checked={selectie.gekozen.has(String(rijSleutel(rij)))}
                        onClick={(e) => e.stopPropagation()}
                        onChange={() => wissel(String(rijSleutel(rij)))}
                      />
                    </div>
                  )}
                  {rij === undefined
                    ? getoond.map((k, i) => (
                        <div key={k.id} role="cell" className="datatabel__cel zacht">
                          {i === 0 ? 'Laden…' : ''}
                        </div>
                      ))
                    : getoond.map((k) => (
                        <div key={k.id} role="cell" className={`datatabel__cel${k.rechts ? ' datatabel__cel--rechts' : ''}`}>
                          {k.toon ? k.toon(rij) : (k.waarde(rij) ?? '')}
                        </div>
                      ))}
                </div>
              );
            })}
          </div>
          {heeftTotalen && (
            <div role="rowgroup" className="datatabel__voet">
              <div role="row" aria-rowindex={aantalRijen + 2} className="datatabel__rij datatabel__rij--totaal">
                {selectie && <div role="cell" className="datatabel__cel datatabel__kies" />}
                {getoond.map((k, i) => (
                  <div key={k.id} role="cell" className={`datatabel__cel${k.rechts ? ' datatabel__cel--rechts' : ''}`}>
                    {server && server.totalen?.[k.id] !== undefined
                      ? server.totalen[k.id]
                      : !server && k.totaal
                        ? k.totaal(totaalRijen)
                        : i === 0
                          ? gefilterd
                            ? `${totaalLabel} (gefilterd)`
                            : totaalLabel
                          : null}
                  </div>
                ))}
              </div>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

const kolomSleutel = (naam: string) => `schoolinzet.kolommen.${naam}`;

/** The user's own column choices per table, kept across sessions. */
function leesKolomKeuze(naam: string): Record<string, boolean> {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(kolomSleutel(naam)) ?? '{}');
    return v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([, z]) => typeof z === 'boolean')) : {};
  } catch {
    return {};
  }
}

function bewaarKolomKeuze(naam: string, keuze: Record<string, boolean>): void {
  try {
    localStorage.setItem(kolomSleutel(naam), JSON.stringify(keuze));
  } catch {
    // Storage full or off: the choice holds for this session only.
  }
}

/** A column's text filter, debounced like the search. */
function KolomFilter({ kop, waarde, onWijzig }: { kop: string; waarde: string; onWijzig(v: string): void }) {
  const [invoer, setInvoer] = useState(waarde);
  const meld = useEffectEvent((v: string) => onWijzig(v));
  // Cleared from outside ("Filters wissen"): adjusted while rendering, not in an effect after it.
  const [vorigeWaarde, setVorigeWaarde] = useState(waarde);
  if (waarde !== vorigeWaarde) {
    setVorigeWaarde(waarde);
    if (waarde === '') setInvoer('');
  }
  useEffect(() => {
    const t = window.setTimeout(() => meld(invoer.trim()), 200);
    return () => window.clearTimeout(t);
  }, [invoer]);
  return (
    <input
      type="search"
      className="utrecht-textbox utrecht-textbox--html-input datatabel__filter"
      aria-label={`Filter op ${kop}`}
      placeholder="Filter"
      value={invoer}
      onChange={(e) => setInvoer(e.target.value)}
    />
  );
}

/** The part of the TanStack table API this component uses (the v9 generics are heavy). */
interface TabelApi<T> {
  getRowModel(): { rows: TabelRij<T>[] };
  getFilteredRowModel(): { rows: TabelRij<T>[] };
  getHeaderGroups(): {
    headers: {
      id: string;
      column: {
        getIsSorted(): false | 'asc' | 'desc';
        getToggleSortingHandler(): undefined | ((e: unknown) => void);
        getFilterValue(): unknown;
        setFilterValue(v: unknown): void;
      };
    }[];
  }[];
}

interface TabelRij<T> {
  id: string;
  original: T;
}
