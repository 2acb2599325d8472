/**
 * `npm start`: the playground in the browser.
 *
 *   --port N      port (also env PORT; default 5173; 0 picks a free one)
 *   --reset       start again from the sample village
 *   --empty       start again from an empty workbook, as a new spreadsheet (no set-up, no sample)
 *   --commune     start again as a commune: the sample village, two generated ones and the commune's spreadsheet
 *   --state FILE  where the workbook is kept (default .playground/workbook.json)
 *   --today DAY   the emulator's today, YYYY-MM-DD (e.g. 2023-06-20: the sample village's notice date)
 *   --lan         listen on the local network too: a phone on the same network opens http://<this machine>:PORT/m
 */
import { startPlayground } from './server';

interface Args {
  port: number;
  reset: boolean;
  empty: boolean;
  commune: boolean;
  lan: boolean;
  stateFile?: string;
  today?: string;
}

function usage(message: string): never {
  console.error(
    `${message}\nCách dùng: npm start -- [--port N] [--reset] [--empty] [--commune] [--lan] [--state TỆP]` +
      ' [--today YYYY-MM-DD]',
  );
  process.exit(2);
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): Args {
  const out: Args = {
    port: env.PORT !== undefined && env.PORT !== '' ? Number(env.PORT) : 5173,
    reset: false,
    empty: false,
    commune: false,
    lan: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i] ?? usage(`Thiếu giá trị cho ${flag}.`);
    switch (flag) {
      case '--port':
        out.port = Number(value());
        break;
      case '--reset':
        out.reset = true;
        break;
      case '--empty':
        out.empty = true;
        out.reset = true;
        break;
      case '--commune':
        out.commune = true;
        out.reset = true;
        break;
      case '--lan':
        out.lan = true;
        break;
      case '--state':
        out.stateFile = value();
        break;
      case '--today':
        out.today = value();
        break;
      case '--help':
      case '-h':
        usage('Sân thử ANTT tự quản.');
        break;
      default:
        usage(`Không hiểu tham số ${argv[i]}.`);
    }
  }
  if (!Number.isInteger(out.port) || out.port < 0 || out.port > 65535) usage('Cổng phải là số nguyên từ 0 đến 65535.');
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let playground: Awaited<ReturnType<typeof startPlayground>>;
  try {
    playground = await startPlayground({
      port: args.port,
      reset: args.reset,
      empty: args.empty,
      commune: args.commune,
      lan: args.lan,
      stateFile: args.stateFile,
      today: args.today,
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE') console.error(`Cổng ${args.port} đang bận. Thử --port 0 để chọn cổng trống.`);
    else console.error(err.message ?? err);
    process.exit(1);
  }
  console.log('Nhấn Ctrl+C để dừng.');
  const stop = () => {
    playground.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) void main();
