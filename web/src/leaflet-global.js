// Leaflet as the global `L` that leaflet.markercluster's bundle extends;
// imported before it.
import L from 'leaflet';

window.L = L;
export default L;
