// Drives a KalturaGen simulator with Kaltura's official Node client (npm kaltura-client) and prints one
// JSON line per step; the xunit test asserts on them. Usage: KALTURAGEN_ADMIN_TOKEN=<token> node script.js <service url root>
'use strict';
const crypto = require('crypto');
const kaltura = require('kaltura-client');

const serviceUrl = process.argv[2];
const config = new kaltura.Configuration();
config.serviceUrl = serviceUrl;
const client = new kaltura.Client(config);
client.shouldLog = false; // keep stdout to the JSON report lines

const report = (step, data) => console.log(JSON.stringify({ step, ...data }));
const sha256 = (buffer) => crypto.createHash('sha256').update(buffer).digest('hex');

async function advanceClock(seconds) {
    const response = await fetch(`${serviceUrl}/__kalturagen/clock/advance?seconds=${seconds}`, {
        method: 'POST',
        headers: { 'X-KalturaGen-Admin-Token': process.env.KALTURAGEN_ADMIN_TOKEN },
    });
    if (!response.ok) throw new Error(`clock/advance answered ${response.status}`);
}

async function main() {
    const ks = await kaltura.services.session.start('simulator-admin-secret', 'conformance', kaltura.enums.SessionType.ADMIN, 100)
        .execute(client);
    client.setKs(ks);
    report('session.start', { ks: ks.slice(0, 4) });

    // A file in three chunks: the first alone, then the middle one, then the final one.
    const data = crypto.randomBytes(3 * 65536 + 1234);
    const chunks = [data.subarray(0, 65536), data.subarray(65536, 131072), data.subarray(131072)];
    const token = await kaltura.services.uploadToken.add(new kaltura.objects.UploadToken({ fileName: 'node.mp4', fileSize: data.length }))
        .execute(client);
    report('uploadToken.add', { status: token.status });

    let uploaded = await kaltura.services.uploadToken.upload(token.id, chunks[0], false, false, 0).execute(client);
    report('uploadToken.upload', { chunk: 0, status: uploaded.status, uploadedFileSize: uploaded.uploadedFileSize });
    uploaded = await kaltura.services.uploadToken.upload(token.id, chunks[1], true, false, 65536).execute(client);
    report('uploadToken.upload', { chunk: 1, status: uploaded.status, uploadedFileSize: uploaded.uploadedFileSize });
    uploaded = await kaltura.services.uploadToken.upload(token.id, chunks[2], true, true, 131072).execute(client);
    report('uploadToken.upload', { chunk: 2, status: uploaded.status, uploadedFileSize: uploaded.uploadedFileSize });

    const entry = await kaltura.services.media.add(new kaltura.objects.MediaEntry({ name: 'conformance', mediaType: kaltura.enums.MediaType.VIDEO }))
        .execute(client);
    report('media.add', { status: entry.status });
    const resource = new kaltura.objects.UploadedFileTokenResource({ token: token.id });
    const attached = await kaltura.services.media.addContent(entry.id, resource).execute(client);
    report('media.addContent', { status: attached.status });

    await advanceClock(60);
    const ready = await kaltura.services.media.get(entry.id).execute(client);
    const closed = await kaltura.services.uploadToken.get(token.id).execute(client);
    report('media.get', { status: ready.status, tokenStatus: closed.status });

    const filter = new kaltura.objects.AssetFilter({ entryIdEqual: entry.id });
    const flavors = await kaltura.services.flavorAsset.listAction(filter).execute(client);
    const original = flavors.objects.find((f) => f.isOriginal);
    const url = await kaltura.services.flavorAsset.getUrl(original.id).execute(client);
    const served = Buffer.from(await (await fetch(url)).arrayBuffer());
    report('flavorAsset.getUrl', { same: sha256(served) === sha256(data) });

    // A multirequest: token, entry and content in one call, with {N:result} references.
    const multi = kaltura.services.uploadToken.add(new kaltura.objects.UploadToken({ fileName: 'multi.mp4' }))
        .add(kaltura.services.media.add(new kaltura.objects.MediaEntry({ name: 'multi', mediaType: kaltura.enums.MediaType.VIDEO })))
        .add(kaltura.services.media.addContent('{2:result:id}', new kaltura.objects.UploadedFileTokenResource({ token: '{1:result:id}' })))
        .add(kaltura.services.uploadToken.upload('{1:result:id}', Buffer.from('multirequest bytes')))
        .add(kaltura.services.media.get('no-such-entry'));
    const results = await multi.execute(client);
    report('multirequest', {
        count: results.length,
        tokenObjectType: results[0].objectType,
        entryStatus: results[2].status,
        uploadStatus: results[3].status,
        error: results[4].code,
    });
    await advanceClock(60);
    const multiEntry = await kaltura.services.media.get(results[1].id).execute(client);
    report('multirequest.entry', { status: multiEntry.status });
}

main().catch((error) => {
    console.log(JSON.stringify({ step: 'error', message: error && (error.message || JSON.stringify(error)) }));
    process.exit(1);
});
