import { useParams } from 'react-router';
import { useRegions } from '../api.js';
import { RegionDetails } from '../region.js';

export default function RegionPage() {
  const { code = '' } = useParams();
  const regions = useRegions();
  return <RegionDetails code={code.toUpperCase()} region={regions.get(code.toUpperCase())} />;
}
