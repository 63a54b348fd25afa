import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateTrainingCourse,
  Paged,
  SetTrainingAttendance,
  SetTrainingHeadcount,
  TrainingCourse,
  TrainingCourseDetail,
  TrainingFigures,
  TrainingImportPreview,
  UpdateTrainingCourse,
} from '@danvan/contracts';
import { http, upload, type Query } from '../../shared/http.ts';

const B = '/training';

export const tk = {
  all: ['training'] as const,
  list: (q: object) => ['training', 'list', q] as const,
  one: (id: number) => ['training', 'one', id] as const,
  figures: (q: object) => ['training', 'figures', q] as const,
};

export const useCourses = (q: Query) =>
  useQuery({
    queryKey: tk.list(q),
    queryFn: () => http.get<Paged<TrainingCourse>>(`${B}/courses`, q),
    placeholderData: keepPreviousData,
  });

export const useCourse = (id: number) =>
  useQuery({
    queryKey: tk.one(id),
    queryFn: () => http.get<TrainingCourseDetail>(`${B}/courses/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });

export const useFigures = (q: Query, enabled = true) =>
  useQuery({
    queryKey: tk.figures(q),
    queryFn: () => http.get<TrainingFigures>(`${B}/figures`, q),
    placeholderData: keepPreviousData,
    enabled,
  });

export const api = {
  create: (body: CreateTrainingCourse) => http.post<TrainingCourseDetail>(`${B}/courses`, body),
  update: (id: number, body: UpdateTrainingCourse) =>
    http.patch<TrainingCourseDetail>(`${B}/courses/${id}`, body),
  setAttendance: (id: number, body: SetTrainingAttendance) =>
    http.put<TrainingCourseDetail>(`${B}/courses/${id}/attendance`, body),
  previewImport: (id: number, file: File) =>
    upload<TrainingImportPreview>(`${B}/courses/${id}/attendance/import`, file, {
      query: { mode: 'preview' },
    }),
  commitImport: (id: number, file: File, expectedVersion: number) =>
    upload<TrainingCourseDetail>(`${B}/courses/${id}/attendance/import`, file, {
      query: { mode: 'commit', expectedVersion },
    }),
  setHeadcount: (body: SetTrainingHeadcount) => http.put(`${B}/headcounts`, body),
};

/** A mutation that refreshes every training query when it succeeds. */
export function useTrainingMutation<A, R>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: tk.all });
    },
  });
}
