/** The units a source and its items hang on: what the policies decide on. */
export interface UnitRefPath {
  id: number;
  path: string;
}

export interface SourceRef {
  kind: string;
  unit: UnitRefPath;
  addressee: UnitRefPath | null;
}

export interface ItemRef {
  source: SourceRef;
  status: string;
  responsible: UnitRefPath | null;
  coordinating: UnitRefPath[];
}
