"""Seeds a moto server (URL in argv[1]) with a small mixed-posture account for the end-to-end test."""
import boto3, json, sys
E=sys.argv[1]
kw=dict(endpoint_url=E, region_name='us-east-1', aws_access_key_id='testing', aws_secret_access_key='testing')
s3=boto3.client('s3',**kw); iam=boto3.client('iam',**kw); ec2=boto3.client('ec2',**kw); ct=boto3.client('cloudtrail',**kw); kms=boto3.client('kms',**kw)
# good bucket
s3.create_bucket(Bucket='good-data')
s3.put_bucket_policy(Bucket='good-data', Policy=json.dumps({"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::good-data","arn:aws:s3:::good-data/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}))
k=kms.create_key(Description='data')['KeyMetadata']; kms.enable_key_rotation(KeyId=k['KeyId'])
s3.put_bucket_encryption(Bucket='good-data', ServerSideEncryptionConfiguration={'Rules':[{'ApplyServerSideEncryptionByDefault':{'SSEAlgorithm':'aws:kms','KMSMasterKeyID':k['Arn']}}]})
s3.put_public_access_block(Bucket='good-data', PublicAccessBlockConfiguration={'BlockPublicAcls':True,'IgnorePublicAcls':True,'BlockPublicPolicy':True,'RestrictPublicBuckets':True})
# bad bucket
s3.create_bucket(Bucket='bad-data')
s3.put_bucket_acl(Bucket='bad-data', ACL='public-read')
# bad key
kms.create_key(Description='norotate')
# users
iam.create_user(UserName='alice'); iam.create_login_profile(UserName='alice', Password='Passw0rd!Passw0rd')
iam.create_user(UserName='svc'); iam.create_access_key(UserName='svc')
# sg
vpc=ec2.describe_vpcs()['Vpcs'][0]['VpcId']
sg=ec2.create_security_group(GroupName='open-ssh', Description='x', VpcId=vpc)['GroupId']
ec2.authorize_security_group_ingress(GroupId=sg, IpPermissions=[{'IpProtocol':'tcp','FromPort':22,'ToPort':22,'IpRanges':[{'CidrIp':'0.0.0.0/0'}]}])
ok=ec2.create_security_group(GroupName='ok-https', Description='x', VpcId=vpc)['GroupId']
ec2.authorize_security_group_ingress(GroupId=ok, IpPermissions=[{'IpProtocol':'tcp','FromPort':443,'ToPort':443,'IpRanges':[{'CidrIp':'10.0.0.0/8'}]}])
# trail
s3.create_bucket(Bucket='trail-logs')
ct.create_trail(Name='main', S3BucketName='trail-logs', IsMultiRegionTrail=True, EnableLogFileValidation=True)
ct.start_logging(Name='main')
print('seeded')
