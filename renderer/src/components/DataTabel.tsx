// The one table of the app: TanStack Table (sorting, a filter per column, one search box) with
// TanStack Virtual rows, so 10.000 schools or 100.000 afspraken scroll smoothly. Sticky header and
// totals row, Ctrl+F focuses the search, arrow keys move through rows, Enter opens a row.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
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
}

const RIJ_HOOGTE = 40;

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
  const { naam, rijen, kolommen, rijSleutel, onOpen, leeg, telwoord = ['rij', 'rijen'], laden, werkbalk, totaalLabel = 'Totaal' } = props;
  const [sorting, setSorting] = useState<SortingState>(props.beginSortering ?? []);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [zoekInvoer, setZoekInvoer] = useState('');
  const [globalFilter, setGlobalFilter] = useState('');
  const containerRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const zoekRef = useRef<HTMLInputElement>(null);
  const kopRef = useRef<HTMLDivElement>(null);
  const [actief, setActief] = useState(0);
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
  const data = useMemo(() => (globalFilter ? rijen.filter((_, i) => zoekteksten[i].includes(globalFilter)) : (rijen as T[])), [rijen, zoekteksten, globalFilter]);
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
  const [kopHoogte, setKopHoogte] = useState(0);
  useEffect(() => {
    const kop = kopRef.current;
    if (!kop) return;
    const meet = () => setKopHoogte(kop.offsetHeight);
    meet();
    const ro = new ResizeObserver(meet);
    ro.observe(kop);
    return () => ro.disconnect();
  }, [rijen.length === 0]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => RIJ_HOOGTE,
    overscan: 12,
    scrollMargin: kopHoogte,
    getItemKey: (i) => rows[i]?.id ?? i,
  });

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
    if (actief >= rows.length && rows.length > 0) setActief(rows.length - 1);
  }, [rows.length, actief]);

  useEffect(() => {
    if (focusVerzoek === 0) return;
    const zoek = () => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${actief}"]`);
    const rij = zoek();
    if (rij) rij.focus();
    // After a long jump the virtualiser renders the row one frame later.
    else requestAnimationFrame(() => zoek()?.focus());
  }, [focusVerzoek, actief]);

  const totaalRijen = useMemo(
    () => (kolommen.some((k) => k.totaal) ? table.getFilteredRowModel().rows.map((r) => r.original) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [kolommen, data, columnFilters],
  );

  const keuzes = useMemo(() => {
    const uit: Record<string, string[]> = {};
    for (const k of kolommen) {
      if (k.filter !== 'keuze') continue;
      const set = new Set<string>();
      for (const r of rijen) {
        const v = k.waarde(r);
        if (v !== null && v !== '') set.add(String(v));
      }
      uit[k.id] = [...set].sort((a, b) => collator.compare(k.keuzeLabel?.(a) ?? a, k.keuzeLabel?.(b) ?? b));
    }
    return uit;
  }, [kolommen, rijen]);

  const sjabloon = kolommen.map((k) => `minmax(${k.breedte ?? 120}px, ${k.groei ?? 1}fr)`).join(' ');
  const minBreedte = kolommen.reduce((s, k) => s + (k.breedte ?? 120), 0);
  const gefilterd = globalFilter !== '' || columnFilters.length > 0;
  // A short list gets a box that fits it; a long one fills the window and scrolls.
  const passend = kopHoogte + Math.max(rows.length, 1) * RIJ_HOOGTE + (kolommen.some((k) => k.totaal) ? 44 : 0) + 4;
  const hoogteStijl =
    kopHoogte === 0 ? (props.hoogte ? { height: props.hoogte } : undefined) : props.hoogte ? { height: Math.min(props.hoogte, passend), minHeight: 0 } : rows.length <= 12 ? { height: passend, minHeight: 0 } : undefined;

  if (!laden && rijen.length === 0 && leeg) return <div className="datatabel datatabel--leeg">{leeg}</div>;

  const gaNaar = (index: number) => {
    const i = Math.max(0, Math.min(rows.length - 1, index));
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
      End: () => gaNaar(rows.length - 1),
      Enter: () => onOpen?.(rows[index].original),
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
              if (e.key === 'ArrowDown' && rows.length) {
                e.preventDefault();
                gaNaar(0);
              }
            }}
            placeholder="Typ om te zoeken (Ctrl+F)"
            aria-describedby={`${naam}-telling`}
          />
        </div>
        <span id={`${naam}-telling`} className="datatabel__telling" role="status">
          {laden ? 'Laden…' : gefilterd ? `${aantalTekst(rows.length)} van ${rijen.length.toLocaleString('nl-NL')}` : aantalTekst(rijen.length)}
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
        {werkbalk && <div className="datatabel__extra">{werkbalk}</div>}
      </div>
      <div className="datatabel__scroll" ref={scrollRef} style={hoogteStijl}>
        <div
          role="table"
          aria-label={naam}
          aria-rowcount={rows.length + 1 + (kolommen.some((k) => k.totaal) ? 1 : 0)}
          className="datatabel__tabel"
          style={{ ['--kolommen' as string]: sjabloon, minWidth: minBreedte }}
        >
          <div role="rowgroup" className="datatabel__kop" ref={kopRef}>
            <div role="row" aria-rowindex={1} className="datatabel__rij">
              {table.getHeaderGroups()[0].headers.map((header, i) => {
                const k = kolommen[i];
                const sortering = header.column.getIsSorted();
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
                          <option key={v} value={v}>
                            {k.keuzeLabel?.(v) ?? v}
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
          <div role="rowgroup" className="datatabel__romp" style={{ height: rows.length ? virtualizer.getTotalSize() : undefined }}>
            {rows.length === 0 && !laden && (
              <div role="row" className="datatabel__geen">
                <div role="cell">Geen {telwoord[1]} gevonden met deze zoekopdracht of filters.</div>
              </div>
            )}
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <div
                  key={row.id}
                  role="row"
                  aria-rowindex={item.index + 2}
                  data-index={item.index}
                  tabIndex={item.index === actief ? 0 : -1}
                  className={`datatabel__rij datatabel__rij--data${onOpen ? ' datatabel__rij--klikbaar' : ''}`}
                  style={{ transform: `translateY(${item.start - kopHoogte}px)` }}
                  onClick={() => {
                    setActief(item.index);
                    onOpen?.(row.original);
                  }}
                  onFocus={() => setActief(item.index)}
                  onKeyDown={(e) => onRijToets(e, item.index)}
                >
                  {kolommen.map((k) => (
                    <div key={k.id} role="cell" className={`datatabel__cel${k.rechts ? ' datatabel__cel--rechts' : ''}`}>
                      {k.toon ? k.toon(row.original) : (k.waarde(row.original) ?? '')}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
          {kolommen.some((k) => k.totaal) && (
            <div role="rowgroup" className="datatabel__voet">
              <div role="row" aria-rowindex={rows.length + 2} className="datatabel__rij datatabel__rij--totaal">
                {kolommen.map((k, i) => (
                  <div key={k.id} role="cell" className={`datatabel__cel${k.rechts ? ' datatabel__cel--rechts' : ''}`}>
                    {k.totaal ? k.totaal(totaalRijen) : i === 0 ? (gefilterd ? `${totaalLabel} (gefilterd)` : totaalLabel) : null}
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

/** A column's text filter, debounced like the search. */
function KolomFilter({ kop, waarde, onWijzig }: { kop: string; waarde: string; onWijzig(v: string): void }) {
  const [invoer, setInvoer] = useState(waarde);
  const laatste = useRef(onWijzig);
  laatste.current = onWijzig;
  // Cleared from outside ("Filters wissen").
  useEffect(() => {
    if (waarde === '') setInvoer('');
  }, [waarde]);
  useEffect(() => {
    const t = window.setTimeout(() => laatste.current(invoer.trim()), 200);
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
