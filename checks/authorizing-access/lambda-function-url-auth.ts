import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { severityForStore } from '../../src/rules/data-classification.js';
import { dbgapBucketArns, roleDataAccess } from '../../src/rules/lambda-data-access.js';

export default defineCheck({
  id: 'lambda-function-url-auth',
  title: 'Lambda functions that touch dbGaP buckets have no unauthenticated function URL',
  controlArea: 'authorizing-access',
  severity: 'critical',
  nist: { sp800_53r5: ['AC-3', 'AC-14', 'IA-2'], sp800_171r2: ['3.1.1', '3.5.2'], sp800_171r3: ['03.01.01', '03.05.02'] },
  needs: ['lambdaFunctions', 'lambdaFunctionUrls', 'iamAuthorizationDetails', 's3Buckets', 's3BucketTags'],
  rationale:
    'A function URL with AuthType NONE lets anyone on the internet invoke the function, which then reads or writes controlled-access data with its execution role. Only functions whose role can read or write a dbGaP bucket (s3:GetObject or s3:PutObject, through the IAM policy engine) are judged.',
  remediation: {
    summary:
      'Require IAM authentication on the function URL. Set AuthType to AWS_IAM and grant lambda:InvokeFunctionUrl to the named callers, or delete the URL if nothing needs it.',
    cli: 'aws lambda update-function-url-config --function-name FUNCTION --auth-type AWS_IAM  # callers then need lambda:InvokeFunctionUrl and SigV4-signed requests',
    docUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html',
  },
  evaluate({ lambdaFunctions, lambdaFunctionUrls, iamAuthorizationDetails, s3Buckets, s3BucketTags }, { account, settings, now }) {
    const access = roleDataAccess(iamAuthorizationDetails, dbgapBucketArns(s3Buckets, s3BucketTags, settings), { account, now, settings });
    const urlsByArn = new Map(lambdaFunctionUrls.map((entry) => [entry.arn, entry]));
    return lambdaFunctions.flatMap((fn) => {
      const touch = access(fn.role);
      if (touch.touches === false) return [];
      const label = touch.touches === true ? `Function ${fn.functionName} (reads or writes dbGaP bucket ${touch.buckets.join(', ')})` : `Function ${fn.functionName} (may touch dbGaP data: ${touch.why})`;
      const urls = urlsByArn.get(fn.arn);
      if (!urls) return [error(fn, `${label}: its function URLs were not collected (lambda:ListFunctionUrlConfigs).`)];
      const open = urls.urls.filter((url) => url.authType === 'NONE');
      // "AuthType NONE: Lambda doesn't perform authentication before invoking your function" (Lambda Developer Guide, function URL auth).
      if (open.length > 0) return [fail(fn, `${label} has a function URL anyone can invoke without signing in (AuthType NONE): ${open.map((url) => url.url).join(', ')}.`, severityForStore(touch.touches === true || 'unknown', 'critical'))];
      const unknown = urls.urls.filter((url) => url.authType !== 'AWS_IAM');
      if (unknown.length > 0) return [error(fn, `${label} has a function URL with auth type ${unknown.map((url) => url.authType).join(', ')}, which this check does not know.`)];
      if (urls.urls.length === 0) return [pass(fn, `${label} has no function URL.`)];
      return [pass(fn, `${label}: every function URL requires IAM authentication (AWS_IAM).`)];
    });
  },
});
