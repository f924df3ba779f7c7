import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code of `text` as a PNG data URL, drawn in the browser (nothing leaves the page). */
export function useQrCode(text: string): { dataUrl: string | null; failed: boolean } {
  const [result, setResult] = useState<{ text: string; dataUrl: string | null; failed: boolean } | null>(null);
  useEffect(() => {
    let active = true;
    toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width: 232, color: { dark: '#000000', light: '#ffffff' } })
      .then((dataUrl) => active && setResult({ text, dataUrl, failed: false }))
      .catch(() => active && setResult({ text, dataUrl: null, failed: true }));
    return () => {
      active = false;
    };
  }, [text]);
  return result?.text === text ? { dataUrl: result.dataUrl, failed: result.failed } : { dataUrl: null, failed: false };
}
