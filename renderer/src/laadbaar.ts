// Components in chunks of their own (a page, a form), shown as soon as their code is there.
// Not React.lazy: a Suspense boundary holds its content back until 300 ms after its fallback
// appeared (React's guard against flashing), which added that much to opening a page or a form.
import { createElement, useEffect, useState, type ComponentType } from 'react';

export type Laadbaar<P extends object> = ComponentType<P> & {
  /** Starts loading the code (once); resolves with the component. */
  laad(): Promise<ComponentType<P>>;
};

export function laadbaar<P extends object>(laad: () => Promise<ComponentType<P>>): Laadbaar<P> {
  let geladen: ComponentType<P> | null = null;
  let bezig: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (bezig ??= laad().then(
      (c) => (geladen = c),
      (e: unknown) => {
        // A next attempt may succeed (the file was being replaced by an update).
        bezig = null;
        throw e;
      },
    ));

  function LaadbaarComponent(props: P) {
    const [component, setComponent] = useState<ComponentType<P> | null>(() => geladen);
    const [fout, setFout] = useState<unknown>(null);
    if (fout) throw fout;
    if (!component) void start().catch(() => undefined);
    useEffect(() => {
      if (component) return;
      let actief = true;
      start().then(
        (c) => actief && setComponent(() => c),
        (e: unknown) => actief && setFout(e instanceof Error ? e : new Error(String(e))),
      );
      return () => {
        actief = false;
      };
    }, [component]);
    return component ? createElement(component, props) : null;
  }
  return Object.assign(LaadbaarComponent, { laad: start });
}
