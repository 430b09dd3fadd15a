import { multipartBody } from '../../src/services/transport';

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }));

describe('the multipart body sent through callContainer', () => {
  it('is one a standard multipart parser reads back: fields, file name and bytes', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255, 13, 10]);
    const { body, boundary } = multipartBody('file', '体检报告.pdf', bytes.buffer, { fileName: '体检报告.pdf' });
    const form = await new Response(body, {
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    }).formData();
    expect(form.get('fileName')).toBe('体检报告.pdf');
    const file = form.get('file') as File;
    expect(file.name).toBe('体检报告.pdf');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
  });
});
