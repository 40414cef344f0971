/** The event taxonomy of SPEC.md. Type ids are stable: clients and stored rows depend on them. */
export const EVENT_TYPES = [
  {
    id: 'phone_call',
    label: 'Phone call',
    description: 'Leaders or officials speak by phone or video call.',
    cameo: '041',
    acled: null,
  },
  {
    id: 'meeting',
    label: 'Meeting',
    description: 'In-person meeting, summit, negotiation round or visit.',
    cameo: '043/044/046',
    acled: 'Agreement (peace talks)',
  },
  {
    id: 'statement',
    label: 'Statement',
    description: 'A named leader or government body publicly declares, warns or demands.',
    cameo: '010/013/130',
    acled: null,
  },
  {
    id: 'drone_strike',
    label: 'Drone strike',
    description: 'Attack by drones or UAVs.',
    cameo: '195',
    acled: 'Air/drone strike',
  },
  {
    id: 'missile_strike',
    label: 'Missile strike',
    description: 'Attack by missiles or rockets.',
    cameo: '195/194',
    acled: 'Shelling/artillery/missile attack',
  },
  {
    id: 'air_strike',
    label: 'Air strike',
    description: 'Attack by crewed aircraft, helicopters or glide bombs.',
    cameo: '195',
    acled: 'Air/drone strike',
  },
  {
    id: 'shelling',
    label: 'Shelling',
    description: 'Artillery, mortar or multiple-rocket-launcher fire.',
    cameo: '194',
    acled: 'Shelling/artillery/missile attack',
  },
  {
    id: 'armed_clash',
    label: 'Armed clash',
    description: 'Ground fighting and assaults.',
    cameo: '190/193',
    acled: 'Armed clash',
  },
  {
    id: 'territorial_capture',
    label: 'Territorial capture',
    description: 'A place is captured, taken, "liberated", or withdrawn from.',
    cameo: '192',
    acled: 'Non-state actor overtakes territory / Government regains territory',
  },
  {
    id: 'ceasefire',
    label: 'Ceasefire',
    description: 'Truce, halt or moratorium on attacks, full or partial.',
    cameo: '0871',
    acled: 'Agreement',
  },
  {
    id: 'agreement',
    label: 'Agreement',
    description: 'A deal or accord is signed or agreed.',
    cameo: '057',
    acled: 'Agreement',
  },
  {
    id: 'prisoner_exchange',
    label: 'Prisoner exchange',
    description: 'Prisoners or bodies exchanged or released.',
    cameo: '0841',
    acled: 'Agreement',
  },
  {
    id: 'aid_decision',
    label: 'Aid decision',
    description: 'Military or financial aid approved, paused, resumed or delivered.',
    cameo: '072/1622',
    acled: null,
  },
  {
    id: 'sanctions',
    label: 'Sanctions',
    description: 'Sanctions imposed or lifted.',
    cameo: '163',
    acled: null,
  },
  {
    id: 'assassination',
    label: 'Assassination',
    description: 'Targeted killing of a named person.',
    cameo: '186',
    acled: null,
  },
] as const;

export type EventType = (typeof EVENT_TYPES)[number]['id'];
export const EVENT_TYPE_IDS = EVENT_TYPES.map((t) => t.id) as [EventType, ...EventType[]];
export const EVENT_TYPE_BY_ID: ReadonlyMap<EventType, (typeof EVENT_TYPES)[number]> = new Map(
  EVENT_TYPES.map((t) => [t.id, t]),
);

export type DatePrecision = 'day' | 'week' | 'month' | 'year';
export type DateCertainty = 'explicit' | 'relative' | 'inferred';
export type EventStatus = 'occurred' | 'planned';
export type ActorKind = 'person' | 'country' | 'organization' | 'group';
