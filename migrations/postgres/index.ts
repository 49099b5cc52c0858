import * as migration_20261201_003701_initial from './20261201_003701_initial';

export const migrations = [
  {
    up: migration_20261201_003701_initial.up,
    down: migration_20261201_003701_initial.down,
    name: '20261201_003701_initial'
  },
];
