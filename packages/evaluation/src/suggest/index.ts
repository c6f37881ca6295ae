export {
  type ActionSuggestions,
  type PeerScore,
  type PracticeLike,
  type SuggestActionsInput,
  type SuggestedArea,
  type SuggestedPractice,
  suggestActions,
} from './suggest-actions.js';
