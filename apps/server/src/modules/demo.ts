import { registerOrgDemo } from './org/org.demo.ts';
import { registerUsersDemo } from './users/users.demo.ts';
import { registerReportingDemo } from './reporting/reporting.demo.ts';
import { registerPlansDemo } from './plans/plans.demo.ts';

/** Each module's demo data, registered in order. A new module adds one line here. */
export function registerDemoModules(): void {
  registerOrgDemo();
  registerUsersDemo();
  registerReportingDemo();
  registerPlansDemo();
}
