export { RankingsPage } from './RankingsPage';
