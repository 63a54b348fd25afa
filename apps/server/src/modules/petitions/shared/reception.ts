/** The reception module's door, as petitions uses it: a visit of the reception log becomes a petition. */
export { markVisitPetition, readVisitForPetition, type VisitForPetition } from '../../reception/index.ts';
