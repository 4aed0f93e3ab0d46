/** Defines every fusion-viz tag: `<fusion-diagram>`, `<fusion-genes>`, `<fusion-transcript>`, `<fusion-protein>`, `<fusion-cohort>`, `<fusion-table>`. */
import './components/fusion-diagram';
import './components/fusion-genes';
import './components/fusion-transcript';
import './components/fusion-protein';
import './components/fusion-cohort';
import './components/fusion-table';
