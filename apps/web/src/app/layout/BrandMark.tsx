/** A red disc with a yellow star: the visual mark of a Vietnamese state body. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" style={{ flexShrink: 0 }}>
      <circle cx="32" cy="32" r="30" fill="#c62828" stroke="#ffd600" strokeWidth="2" />
      <path
        fill="#ffd600"
        d="M32 12l5.9 18.1H57L41.6 41.3l5.9 18.1L32 48.2 16.5 59.4l5.9-18.1L7 30.1h19.1z"
      />
    </svg>
  );
}
