// Wrong props must NOT compile: each @ts-expect-error fails the run when its line compiles after all.
// (TypeScript lets through any unknown attribute with a hyphen, as for data-*: a misspelled
// storage-kye is not caught, a wrong type on a known one is.)
import type {} from 'ken-je-kracht/jsx';

export function Wrong() {
  return (
    <>
      {/* @ts-expect-error field is a string ('1' … '5'), not a number */}
      <kjk-tension-card field={9} />
      {/* @ts-expect-error the card-change detail has card, not state */}
      <kjk-fan onkjk-card-change={(e) => e.detail.state} />
      {/* @ts-expect-error show-plan is a boolean attribute */}
      <kjk-session show-plan={{}} />
      {/* @ts-expect-error the kjk-change detail has state, not card */}
      <kjk-octagon onkjk-change={(e) => e.detail.card} />
      {/* @ts-expect-error a property with a wrong type */}
      <kjk-card deck-src={false} />
      {/* @ts-expect-error not a tag of this package */}
      <kjk-fann />
    </>
  );
}
