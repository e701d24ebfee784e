document.getElementById('root')!.textContent = 'Rich Content OZ';
