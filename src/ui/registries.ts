import type { ComponentType } from 'react';
import type { Command, DialogRequest } from '../commands/types';
import type { CounterpointStore } from '../store';

/** A query parameter a view owns: how it reads the view's state, and how it sets it from an address. */
export interface UrlParam {
  /** The parameter's name in the address: `positions`. */
  readonly key: string;
  /** Its value now, or null for the default (left out of the address). */
  read(store: CounterpointStore): string | null;
  /** Sets the view as an address says. */
  apply(store: CounterpointStore, value: string): void;
}

/** A dialog component; it receives the request that opened it and closes itself through `onClose`. */
export type DialogComponent = ComponentType<{ readonly request: DialogRequest; readonly onClose: () => void }>;

/**
 * What a view or a side-panel tab brings: its component, its commands, its dialogs and its
 * part of the address. The app lists views in one line each and gathers the rest from here.
 */
export interface Contribution {
  readonly id: string;
  readonly label: string;
  readonly component: ComponentType;
  readonly commands?: readonly Command[];
  /** Dialogs by the `kind` of the request that opens them. */
  readonly dialogs?: Readonly<Record<string, DialogComponent>>;
  readonly url?: readonly UrlParam[];
}

export interface ViewDefinition extends Contribution {
  /** Whether the side panel (details, reader) sits beside this view. */
  readonly sidePanel: boolean;
}

export type SidePanelDefinition = Contribution;
