import path from 'node:path'
import { projectRoot } from '../projectRoot'


/** Local uploads live under ./data/uploads unless UPLOAD_DIR says otherwise (absolute, so every process agrees). */
export function uploadDirectory(): string {
  const configured = process.env.UPLOAD_DIR
  return configured ? path.resolve(projectRoot, configured) : path.join(projectRoot, 'data', 'uploads')
}
