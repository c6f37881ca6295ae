import { useParams } from 'react-router';
import { type Region, useJson } from '../api.js';
import { RegionDetails } from '../region.js';

export default function RegionPage() {
  const { code = '' } = useParams();
  const upper = code.toUpperCase();
  const region = useJson<Region>(`/api/v1/regions/${encodeURIComponent(upper)}`);
  return <RegionDetails code={upper} region={region.data} />;
}
