/**
 * Shapes of speaker phrases beyond "X said": someone unnamed ("a nurse who ..."), a description
 * before a name, a titled name after the verb, a group with its place, a speaker after the verb
 * that ends the clause, and the people a sentence introduces for later pronouns.
 */
export { personByRelative } from './person-by-relative'
export { indefiniteAfterComma, indefiniteSubject } from './indefinite-subject'
export { describedBefore } from './described-before'
export { describedSubject } from './described-subject'
export { namedThenDescribed } from './named-then-described'
export { nameInApposition } from './name-in-apposition'
export { invertedAhead } from './inverted-ahead'
export { beforeTime, titledAfter } from './titled-after'
export { pluralSubject } from './plural-subject'
export { groupWithPlace } from './group-with-place'
export { allNames } from './all-names'
export { introducedPeople } from './introduced-people'
export { describedAfter } from './described-after'
export { plainPhraseBefore } from './plain-phrase-before'
export { organisationSubject } from './organisation-subject'
export { plainTitledAfter } from './plain-titled-after'
export { publisherOfData } from './publisher-of-data'
export { organisationAtPlace } from './organisation-at-place'
