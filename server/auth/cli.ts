// Command line for the users of a local install: `npm run users -- add --name anna --role EDITOR --province PV23`.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { addUser, readUsersDocument, removeUser, rotateToken, writeUsersDocument } from './users-file.ts';
import { UsersConfigError } from './users.ts';

const USAGE = `usage: npm run users -- <command>
  list                                              users, roles and provinces
  add --name <name> --role READER|EDITOR|ADMIN [--province PV23 …]
                                                    adds a user and prints their token once
  rotate --name <name>                              a new token for a user (the old one stops working)
  remove --name <name>                              removes a user
The users file is AUTH_USERS_FILE (default config/users.yaml); restart the server after a change.`;

function main(argv: string[]): number {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: 'string' }, role: { type: 'string' }, province: { type: 'string', multiple: true } },
  });
  const config = loadConfig();
  const file = config.auth.usersFile;
  const doc = readUsersDocument(file);
  const name = values.name;
  const needName = (): string => {
    if (!name) throw new UsersConfigError('--name is required');
    return name;
  };
  const showToken = (token: string) => {
    console.log(`Token for "${needName()}" (shown once; give it to them over a safe channel):\n\n  ${token}\n`);
    console.log('They paste it into the explorer (Inloggen) or send it as `Authorization: Bearer <token>`.');
  };
  switch (positionals[0]) {
    case 'list':
      if (config.auth.usersInline !== null) console.log('Note: AUTH_USERS is set and takes precedence over the file.');
      for (const u of doc.users) {
        console.log(
          `${u.name}\t${u.role}\t${u.provinces?.join(',') || (u.role === 'EDITOR' ? 'all provinces' : '-')}\t${u.tokenSha256 ? 'token' : 'proxy only'}`,
        );
      }
      console.log(`${doc.users.length} user(s) in ${file}`);
      return 0;
    case 'add': {
      if (!values.role) throw new UsersConfigError('--role is required');
      const { doc: next, token } = addUser(doc, needName(), values.role, values.province ?? []);
      writeUsersDocument(file, next);
      showToken(token);
      return 0;
    }
    case 'rotate': {
      const { doc: next, token } = rotateToken(doc, needName());
      writeUsersDocument(file, next);
      showToken(token);
      return 0;
    }
    case 'remove':
      writeUsersDocument(file, removeUser(doc, needName()));
      console.log(`Removed "${needName()}".`);
      return 0;
    default:
      console.error(USAGE);
      return 2;
  }
}

try {
  process.exit(main(process.argv.slice(2)));
} catch (e) {
  console.error(e instanceof UsersConfigError || e instanceof ConfigError ? e.message : e);
  process.exit(1);
}
