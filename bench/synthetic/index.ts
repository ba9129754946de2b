/**
 * The synthetic account's answers for the data services (issue 16), one file per service
 * (`bench/synthetic/<service>.ts`, the service id of src/collect/aws-clients.ts), so each can grow on its own.
 * The older services answer from bench/synthetic-aws.ts itself.
 */
import type { Input, Output, SyntheticAws } from '../synthetic-aws.js';
import { athena } from './athena.js';
import { backup } from './backup.js';
import { batch } from './batch.js';
import { datasync } from './datasync.js';
import { dynamodb } from './dynamodb.js';
import { efs } from './efs.js';
import { emr } from './emr.js';
import { fsx } from './fsx.js';
import { glue } from './glue.js';
import { inspector2 } from './inspector2.js';
import { lambda } from './lambda.js';
import { ram } from './ram.js';
import { rds } from './rds.js';
import { redshift } from './redshift.js';
import { sagemaker } from './sagemaker.js';
import { securityhub } from './securityhub.js';
import { transfer } from './transfer.js';

/** Answers one API of a service in one region, or throws serviceError('UnknownOperationException', 400). */
export type SyntheticResponder = (aws: SyntheticAws, api: string, region: string, input: Input) => Output;

/** Service id → its responder; sorted. */
export const SYNTHETIC_SERVICES: Readonly<Record<string, SyntheticResponder>> = {
  athena,
  backup,
  batch,
  datasync,
  dynamodb,
  efs,
  emr,
  fsx,
  glue,
  inspector2,
  lambda,
  ram,
  rds,
  redshift,
  sagemaker,
  securityhub,
  transfer,
};
